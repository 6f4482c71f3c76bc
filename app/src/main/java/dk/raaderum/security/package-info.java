/** Who may see and do what: users, roles, the municipality each belongs to, and the audit trail. */
package dk.raaderum.security;
