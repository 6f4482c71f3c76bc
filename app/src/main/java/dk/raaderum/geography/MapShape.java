package dk.raaderum.geography;

/** A municipality's outline as an SVG path in the national map's coordinate system. */
public record MapShape(int municipalityCode, String svgPath) {
}
