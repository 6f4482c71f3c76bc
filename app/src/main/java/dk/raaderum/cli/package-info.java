/** The command line: {@code ./raaderum serve} and {@code ./raaderum import …}. */
package dk.raaderum.cli;
