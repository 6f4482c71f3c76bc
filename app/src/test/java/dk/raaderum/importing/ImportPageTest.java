package dk.raaderum.importing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;

/** The import page: an analyst uploads a file and reads the result, good or bad, in Danish. */
@RaaderumIntegrationTest
class ImportPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_analyst_uploads_a_statistics_denmark_file_and_sees_what_was_imported() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "side.csv", "text/csv",
                "OMRÅDE;TID;INDHOLD\nVejen;2018K1;7\nAarhus;2018K1;9\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/import").file(file).param("kind", "dst").param("indicator", "test_side")
                        .param("name", "Sidetest").param("unit", "ANTAL").with(csrf()).with(user("analytiker.kl").roles("ANALYTIKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Indlæst 2 værdier")));
        mvc.perform(get("/admin/import").with(user("analytiker.kl").roles("ANALYTIKER")))
                .andExpect(content().string(Matchers.containsString("side.csv")));
    }

    @Test
    void a_broken_upload_is_refused_with_the_line_named_and_without_the_servers_temporary_path() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "brudt.csv", "text/csv",
                "OMRÅDE;TID;INDHOLD\nVejen;2018K1;syv\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/import").file(file).param("kind", "dst").param("indicator", "test_side2")
                        .param("name", "Sidetest").param("unit", "ANTAL").with(csrf()).with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("intet er ændret")))
                .andExpect(content().string(Matchers.containsString("brudt.csv, linje 2")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("raaderum-upload"))));
    }
}
