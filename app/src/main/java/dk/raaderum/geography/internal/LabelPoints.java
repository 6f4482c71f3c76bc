package dk.raaderum.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each municipality's label point (DAWA's visual centre) as {longitude, latitude}, from the shipped file. */
@Component
class LabelPoints {

    private final Map<Integer, double[]> points = new HashMap<>();

    LabelPoints() {
        try (InputStream in = new ClassPathResource("reference/dawa_kommuner.json").getInputStream()) {
            for (JsonNode municipality : JsonMapper.builder().build().readTree(in)) {
                JsonNode centre = municipality.get("visueltcenter");
                points.put(Integer.parseInt(municipality.get("kode").asString()),
                        new double[] {centre.get(0).asDouble(), centre.get(1).asDouble()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] of(int code) {
        return points.get(code).clone();
    }
}
