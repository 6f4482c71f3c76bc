/**
 * Output that leaves Råderum: the quarterly committee report ("Opfølgning på beskæftigelsesindsatsen i …
 * Kommune") as HTML and tagged PDF with server-drawn SVG charts and a written summary, the weekly one-pager, and
 * CSV/Excel downloads of every table in the UI. The summary's sentence rules ({@link
 * dk.raaderum.report.Summary}) are free of Spring.
 */
package dk.raaderum.report;
