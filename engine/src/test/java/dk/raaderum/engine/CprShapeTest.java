package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CprShapeTest {

    @Test
    void a_cpr_number_is_found_however_it_is_written() {
        for (String spelling : new String[] {"0101901234", "010190-1234", "010190 1234", "010190/1234", " 0101901234 ",
            "01.01.90-1234", "CPR0101901234", "borger 010190-1234 i Vejen", "\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14",
            "010190\t1234", "010190\u20131234"}) {
            assertThat(CprShape.containsCpr(spelling)).as(spelling).isTrue();
        }
    }

    @Test
    void pseudonyms_cvr_numbers_and_dates_alone_are_not_cpr_numbers() {
        for (String value : new String[] {"p-4711", "12345678", "2026-12-01", "sag 2026/0042", "3201901234", "0113901234",
            "010190123", ""}) {
            assertThat(CprShape.containsCpr(value)).as(value).isFalse();
        }
    }

    @Test
    void a_message_never_echoes_the_number_but_keeps_the_rest() {
        assertThat(CprShape.redact("fil.csv, linje 3: '010190-1234' ligner et CPR-nummer"))
                .isEqualTo("fil.csv, linje 3: '******-****' ligner et CPR-nummer");
        assertThat(CprShape.redact("linje 3: intet her")).isEqualTo("linje 3: intet her");
        assertThat(CprShape.mask("0101901234")).doesNotContain("0101901234");
    }
}
