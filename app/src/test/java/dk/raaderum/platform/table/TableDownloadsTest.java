package dk.raaderum.platform.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TableDownloadsTest {

    /** Like the pages' view models: a package-private record holding the table among other things. */
    private record View(String title, List<String> rows, DataTable table) {
    }

    private static final DataTable NETWORK = DataTable.builder("netvaerk", "Medlemmerne", "Kommune")
            .row(Cell.text("Vejen")).build();

    @Test
    void a_table_inside_a_private_view_record_is_found_by_its_id() {
        Map<String, Object> model = Map.of("p", "partnerskab", "view", new View("t", List.of("a"), NETWORK));

        assertThat(TableDownloads.find(model, "netvaerk", 0)).containsSame(NETWORK);
    }

    @Test
    void a_table_the_page_does_not_have_is_not_found() {
        Map<String, Object> model = Map.of("view", new View("t", List.of(), NETWORK), "tables", List.of(NETWORK));

        assertThat(TableDownloads.find(model, "maal", 0)).isEmpty();
    }
}
