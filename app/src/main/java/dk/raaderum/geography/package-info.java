/** Geography: the 98 municipalities, landsdele, regions and the whole country, and their boundaries. */
package dk.raaderum.geography;
