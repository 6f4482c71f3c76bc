package dk.raaderum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import dk.raaderum.CprShaped;

class CsvInputTest {

    private static final Set<String> REQUIRED = Set.of("id", "dato");

    private static List<CsvInput.Row> read(String text) {
        return CsvInput.read("f.csv", text, REQUIRED, Set.of("antal")::contains);
    }

    @Test
    void rows_keep_their_line_numbers_across_blank_lines_and_quoted_line_breaks() {
        List<CsvInput.Row> rows = read("\uFEFFid;dato;antal\na;2026-03-01;1.234\n\n\"b\nc\";2026-03-02;5\nd;2026-03-03;\n");

        assertThat(rows).extracting(CsvInput.Row::line).containsExactly(2L, 4L, 6L);
        assertThat(rows.get(0).date("dato")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rows.get(0).number("antal")).isEqualTo(1234.0); // semicolons: Danish numbers
        assertThat(rows.get(2).number("antal")).isNull();
    }

    @Test
    void a_comma_separated_file_reads_plain_numbers() {
        List<CsvInput.Row> rows = read("id,dato,antal\na,2026-03-01,12.5\n");
        assertThat(rows.get(0).number("antal")).isEqualTo(12.5);
    }

    @Test
    void a_cpr_shaped_cell_is_refused_with_its_line_and_field_and_never_echoed() {
        String cprShaped = CprShaped.of(1, 1, 90, "-", 1234);
        CsvInput.Problem p = catchThrowableOfType(CsvInput.Problem.class,
                () -> read("id;dato\nok;2026-03-01\n" + cprShaped + ";2026-03-02\n"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.field()).isEqualTo("id");
        assertThat(p.getMessage()).contains("CPR").doesNotContain(CprShaped.date(1, 1, 90)).doesNotContain("1234");
    }

    @Test
    void an_unknown_or_missing_column_and_a_bad_date_name_the_field() {
        assertThatThrownBy(() -> read("id;dato;farve\na;2026-03-01;rød\n"))
                .hasMessage("f.csv, linje 1, felt 'farve': ukendt kolonne; se formatet i README (afsnittet om CSV-formater)");
        assertThatThrownBy(() -> read("id\na\n")).hasMessageContaining("felt 'dato'").hasMessageContaining("mangler");
        assertThatThrownBy(() -> read("id;dato\na;1.3.2026\n").get(0).date("dato"))
                .hasMessageContaining("linje 2, felt 'dato'").hasMessageContaining("2026-03-01");
        assertThatThrownBy(() -> read("id;dato\na;2026-03-01;x\n")).hasMessageContaining("linje 2")
                .hasMessageContaining("3 felter");
        assertThatThrownBy(() -> read("id;dato\n")).hasMessageContaining("ingen rækker");
    }

    @Test
    void a_whole_number_outside_its_range_is_refused() {
        CsvInput.Row row = CsvInput.read("f.csv", "id;dato;antal\na;2026-03-01;6\n", REQUIRED, Set.of("antal")::contains)
                .get(0);
        assertThatThrownBy(() -> row.integer("antal", 1, 5)).hasMessageContaining("helt tal fra 1 til 5");
    }
}
