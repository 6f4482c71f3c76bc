package dk.raaderum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvSafetyTest {

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe_in_front() {
        assertThat(CsvSafety.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvSafety.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
        assertThat(CsvSafety.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvSafety.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvSafety.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvSafety.cell("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void numbers_and_ordinary_text_are_left_as_they_are() {
        assertThat(CsvSafety.cell("-0,4")).isEqualTo("-0,4");
        assertThat(CsvSafety.cell("+12")).isEqualTo("+12");
        assertThat(CsvSafety.cell("-1,2 mio. kr.")).isEqualTo("-1,2 mio. kr.");
        assertThat(CsvSafety.cell("-0,6 procentpoint")).isEqualTo("-0,6 procentpoint");
        assertThat(CsvSafety.cell("Vejen")).isEqualTo("Vejen");
        assertThat(CsvSafety.cell("")).isEmpty();
        assertThat(CsvSafety.cell("-")).isEqualTo("'-");
    }
}
