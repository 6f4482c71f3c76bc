/** Public statistics in the browser: the national map and the municipality pages. */
package dk.raaderum.overview;
