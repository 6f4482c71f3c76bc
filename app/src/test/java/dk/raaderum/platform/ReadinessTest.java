package dk.raaderum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class ReadinessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StartupProgress progress;

    @Test
    void while_the_data_load_readiness_is_down_and_pages_say_so_with_the_progress() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            progress.begin("Læser jobindsats_kommuner_long.csv", 200);
            progress.advance(50);
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            String page = mvc.perform(get("/kommune/575")).andExpect(status().isServiceUnavailable())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Råderum indlæser data").contains("25 %").contains("jobindsats_kommuner_long.csv");
            mvc.perform(get("/api/v1/values").param("indicator", "ledige_fuldtid").param("from", "2024-01"))
                    .andExpect(status().isServiceUnavailable());
            mvc.perform(get("/css/raaderum.css")).andExpect(status().isOk());
        } finally {
            progress.end();
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/kommune/575")).andExpect(status().isOk());
    }
}
