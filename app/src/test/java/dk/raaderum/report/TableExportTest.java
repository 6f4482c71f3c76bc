package dk.raaderum.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dk.raaderum.RaaderumIntegrationTest;

@RaaderumIntegrationTest
class TableExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void every_table_on_the_pages_offers_csv_and_excel_downloads() throws Exception {
        for (String page : List.of("/", "/kommune/575", "/kommune/575/oekonomi", "/benchmark", "/kommune/575/benchmark")) {
            var html = Jsoup.parse(fetch(page).getContentAsString());
            for (Element table : html.select("table")) {
                assertThat(table.id()).as(page).isNotBlank();
                assertThat(html.select("a[href*=tabel=" + table.id() + "]")).as(page + " " + table.id()).hasSize(2);
            }
        }
    }

    @Test
    void a_table_downloads_as_semicolon_csv_with_danish_headers_and_the_numbers_as_shown() throws Exception {
        var page = Jsoup.parse(fetch("/").getContentAsString());
        Element table = page.selectFirst("table#kommuner");
        MockHttpServletResponse csv = fetch("/?eksport=csv&tabel=kommuner");

        byte[] body = csv.getContentAsByteArray();
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        assertThat(csv.getHeader("Content-Disposition")).contains("raaderum-kommuner.csv");
        assertThat(lines.get(0)).isEqualTo(String.join(";", table.select("thead th").eachText()));
        String source = page.selectFirst("table#kommuner").parent().parent().selectFirst(".table-source").text();
        assertThat(lines).hasSize(table.select("tbody tr").size() + 3);
        assertThat(lines.get(lines.size() - 2)).isEmpty();
        assertThat(lines.get(lines.size() - 1)).isEqualTo(source.contains(";") ? '"' + source + '"' : source);
        assertThat(lines.get(1)).isEqualTo(String.join(";", table.select("tbody tr").get(0).select("th, td").eachText()));
    }

    @Test
    void a_table_downloads_as_a_real_xlsx_with_numbers_as_numbers() throws Exception {
        Element table = Jsoup.parse(fetch("/").getContentAsString()).selectFirst("table#kommuner");
        String source = table.parent().parent().selectFirst(".table-source").text();
        byte[] book = fetch("/?eksport=xlsx&tabel=kommuner").getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(book))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo(table.select("thead th").get(0).text());
            assertThat(rows).hasSize(table.select("tbody tr").size() + 2); // the blank row before the source is absent
            assertThat(rows.get(rows.size() - 1).getCell(0).getText()).isEqualTo(source);
            List<String> shown = table.select("tbody tr").get(0).select("th, td").eachText();
            int numeric = 0;
            for (int c = 0; c < shown.size(); c++) {
                // "4,0 pct." is the number 4.0 shown with the unit in the cell's format
                if (shown.get(c).matches("-?[0-9.]+(,[0-9]+)?( .*)?")) {
                    numeric++;
                    String number = shown.get(c).split(" ")[0];
                    assertThat(rows.get(1).getCell(c).getType().name()).isEqualTo("NUMBER");
                    assertThat(rows.get(1).getCell(c).asNumber().doubleValue())
                            .isEqualTo(Double.parseDouble(number.replace(".", "").replace(',', '.')));
                } else {
                    assertThat(rows.get(1).getCell(c).getText()).isEqualTo(shown.get(c));
                }
            }
            assertThat(numeric).isPositive();
        }
    }

    @Test
    void a_plan_table_keeps_the_plans_access_rules_and_an_unknown_table_is_404() throws Exception {
        mvc.perform(get("/kommune/575/plan?eksport=csv&tabel=maal").with(user(users.loadUserByUsername("leder.aarhus"))))
                .andExpect(status().isForbidden());
        String csv = mvc.perform(get("/kommune/575/plan?eksport=csv&tabel=maal")
                .with(user(users.loadUserByUsername("leder.vejen")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Færre ledige");
        mvc.perform(get("/?eksport=csv&tabel=findes-ikke")).andExpect(status().isNotFound());
        mvc.perform(get("/?eksport=pdf&tabel=kommuner")).andExpect(status().isBadRequest());
    }
}
