package dk.raaderum.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.raaderum.geography.MapShape;

/**
 * Turns the DAGI boundaries (GeoJSON, lon/lat) into simplified SVG paths for a national map.
 * Projection: equirectangular with longitudes shrunk by cos(56°), which is close enough at this scale.
 * Bornholm is moved north-west into an inset so the map is not mostly sea.
 */
@Component
class MapOutlines {

    private static final double SCALE = 160;             // SVG units per degree of latitude
    private static final double X_SHRINK = Math.cos(Math.toRadians(56));
    private static final double WEST = 8.0, NORTH = 57.80;
    private static final int BORNHOLM = 400;
    private static final double BORNHOLM_DX = -2.55, BORNHOLM_DY = 2.25;
    private static final double TOLERANCE = 0.004;        // degrees, about 300 m

    private final List<MapShape> shapes;
    private final Map<Integer, Double> areas = new TreeMap<>();

    MapOutlines() {
        this.shapes = load(areas);
    }

    /** km² from the unsimplified polygons, each projected locally (1° latitude = 110.57 km). */
    double areaKm2(int code) {
        return areas.getOrDefault(code, Double.NaN);
    }

    List<MapShape> shapes() {
        return shapes;
    }

    String viewBox() {
        return "0 0 " + Math.round((12.85 - WEST) * X_SHRINK * SCALE) + " " + Math.round((NORTH - 54.50) * SCALE);
    }

    private static List<MapShape> load(Map<Integer, Double> areas) {
        GeometryFactory factory = new GeometryFactory();
        Map<Integer, StringBuilder> paths = new TreeMap<>();
        try (InputStream in = new ClassPathResource("reference/dagi_kommuner_2014.geojson").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode feature : root.get("features")) {
                int code = Integer.parseInt(feature.get("properties").get("KOMKODE").asString());
                if (code == 411) {
                    continue; // Christiansø is not a municipality
                }
                JsonNode rings = feature.get("geometry").get("coordinates");
                Polygon polygon = polygon(factory, rings, code == BORNHOLM);
                double latitude = polygon.getCentroid().getY() - (code == BORNHOLM ? BORNHOLM_DY : 0);
                double km2 = polygon.getArea() * 110.57 * 111.32 * Math.cos(Math.toRadians(latitude));
                areas.merge(code, km2, Double::sum);
                Geometry simple = TopologyPreservingSimplifier.simplify(polygon, TOLERANCE);
                appendPath(paths.computeIfAbsent(code, c -> new StringBuilder()), simple);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MapShape> result = new ArrayList<>();
        paths.forEach((code, path) -> result.add(new MapShape(code, path.toString().trim())));
        return List.copyOf(result);
    }

    private static Polygon polygon(GeometryFactory factory, JsonNode rings, boolean inset) {
        LinearRing shell = ring(factory, rings.get(0), inset);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(factory, rings.get(i), inset);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(GeometryFactory factory, JsonNode points, boolean inset) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double lon = points.get(i).get(0).asDouble(); // a third, dummy value (-999) is ignored
            double lat = points.get(i).get(1).asDouble();
            coordinates[i] = inset ? new Coordinate(lon + BORNHOLM_DX, lat + BORNHOLM_DY) : new Coordinate(lon, lat);
        }
        return factory.createLinearRing(coordinates);
    }

    private static void appendPath(StringBuilder path, Geometry geometry) {
        for (int g = 0; g < geometry.getNumGeometries(); g++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(g);
            appendRing(path, polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                appendRing(path, polygon.getInteriorRingN(h).getCoordinates());
            }
        }
    }

    private static void appendRing(StringBuilder path, Coordinate[] ring) {
        for (int i = 0; i < ring.length - 1; i++) {
            path.append(i == 0 ? 'M' : 'L')
                    .append(round((ring[i].x - WEST) * X_SHRINK * SCALE)).append(' ')
                    .append(round((NORTH - ring[i].y) * SCALE));
        }
        path.append("Z ");
    }

    private static String round(double value) {
        return Double.toString(Math.round(value * 10) / 10.0);
    }
}
