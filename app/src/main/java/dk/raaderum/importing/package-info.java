/** Imports of public statistics (Jobindsats, Statistics Denmark) into the indicator store. */
package dk.raaderum.importing;
