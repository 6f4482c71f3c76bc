/**
 * Statistical disclosure control: which cells of a table of counts must not be shown so that no small group of
 * persons can be seen, directly or by subtracting shown figures from a shown total. Plain Java, no Spring.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.raaderum.disclosure;
