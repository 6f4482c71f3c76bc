package dk.raaderum.platform;

/**
 * Published at each start of an installation with demo data, once the demo data are in place (the shipped
 * statistics and the synthetic register). Modules that add their own demo content (users, a plan) listen for it,
 * and each adds it only once in the installation's life, so nothing an administrator removed comes back.
 */
public record DemoDataReady() {
}
