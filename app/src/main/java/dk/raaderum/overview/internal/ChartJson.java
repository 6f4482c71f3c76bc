package dk.raaderum.overview.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes chart data as JSON that is safe to embed in a {@code <script type="application/json">} block. */
@Component
class ChartJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    public String write(Object chart) {
        return mapper.writeValueAsString(chart).replace("</", "<\\/");
    }
}
