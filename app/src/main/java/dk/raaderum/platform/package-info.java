/**
 * Shared technical ground: Danish formatting, the database (embedded or external) and the web frame.
 * Every other module may use the types at this package's root.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.raaderum.platform;
