package dk.raaderum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The group figures file: what is written reads back to the same figures, and a faulty file is refused by line and field. */
class GroupFiguresFileTest {

    private static final String HEADER = "municipality;month;group;full_time_persons;persons;inflow;outflow;gross_dkk;"
            + "municipal_dkk;state_dkk;municipal_tier1_dkk;municipal_tier2_dkk;municipal_tier3_dkk;municipal_tier4_dkk;"
            + "tier1_weeks;tier2_weeks;tier3_weeks;tier4_weeks;tier4_full_time;followed_up;self_supporting";
    private static final String FIRST = "# raaderum-group-figures; first_week=2024-W01; last_week=2024-W52";
    // 2024-W52 runs Monday 23 to Friday 27 December, so the register's months are 2024-01 to 2024-12
    private static final String ROW = "575;2024-03;Kontanthjælp;12.5;14;3;2;60000.25;30000;30000.25;1;2;3;4;5;6;7;8;"
            + "0.25;2;1";

    private static final RulesTable RULES = RulesTable.defaults();

    private static GroupFiguresFile.Content read(String... lines) throws IOException {
        return GroupFiguresFile.read("gruppetal.csv", new BufferedReader(new StringReader(String.join("\n", lines))), RULES);
    }

    private static String refusal(String... lines) {
        try {
            read(lines);
        } catch (RegisterProblem e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was accepted");
    }

    private static String with(int column, String value) {
        String[] f = ROW.split(";");
        f[column] = value;
        return String.join(";", f);
    }

    @Test
    void a_row_is_read_field_by_field_with_the_tiers_in_their_own_columns() throws IOException {
        GroupFiguresFile.Content content = read("\uFEFF" + FIRST + " ", HEADER, ROW);

        assertThat(content.firstWeek()).isEqualTo(IsoWeek.parse("2024-W01").index());
        assertThat(content.lastWeek()).isEqualTo(IsoWeek.parse("2024-W52").index());
        GroupFigures f = content.figures().get(0);
        assertThat(f.municipality()).isEqualTo(575);
        assertThat(f.month()).isEqualTo(2024 * 12 + 2);
        assertThat(f.group()).isEqualTo("Kontanthjælp");
        assertThat(f.fullTimePersons()).isEqualTo(12.5);
        assertThat(List.of(f.persons(), f.inflow(), f.outflow(), f.followedUp(), f.selfSupporting()))
                .containsExactly(14L, 3L, 2L, 2L, 1L);
        assertThat(List.of(f.grossDkk(), f.municipalDkk(), f.stateDkk(), f.tier4FullTime()))
                .containsExactly(60000.25, 30000.0, 30000.25, 0.25);
        assertThat(f.municipalByTier()).containsExactly(0, 1, 2, 3, 4);
        assertThat(f.tierWeeks()).containsExactly(0, 5, 6, 7, 8);
    }

    @Test
    void written_figures_read_back_to_the_same_doubles_and_the_same_weeks() throws IOException {
        double awkward = 0.1 + 0.2; // 0.30000000000000004
        List<GroupFigures> figures = List.of(
                new GroupFigures(101, 2019 * 12 + 11, GroupAccumulator.ALL, awkward, 7, 1, 0, 123456789.123456789,
                        1e-7, 2.5e12, new double[] {0, awkward, 0, 1.0 / 3, 0}, new double[] {0, 0.2, 0.4, 0, 9},
                        2.0 / 3, 3, 3),
                new GroupFigures(851, 2021 * 12, "Sygedagpenge", 0, 0, 0, 0, 0, 0, 0, new double[5], new double[5], 0, 0, 0));
        StringWriter out = new StringWriter();
        int first = IsoWeek.parse("2020-W01").index(); // Monday 30 December 2019
        int last = IsoWeek.parse("2020-W53").index();  // Monday 28 December 2020, Friday 1 January 2021

        GroupFiguresFile.write(out, first, last, figures);
        List<String> lines = out.toString().lines().toList();
        GroupFiguresFile.Content back = read(lines.toArray(String[]::new));

        assertThat(lines.get(0)).isEqualTo("# raaderum-group-figures; first_week=2020-W01; last_week=2020-W53");
        assertThat(lines.get(1)).isEqualTo(HEADER);
        assertThat(lines.get(2)).startsWith("101;2019-12;Alle ydelser;0.30000000000000004;7;1;0;123456789.12345679;"
                + "0.0000001;2500000000000;");
        assertThat(lines.get(3)).isEqualTo("851;2021-01;Sygedagpenge;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0");
        assertThat(back.firstWeek()).isEqualTo(first);
        assertThat(back.lastWeek()).isEqualTo(last);
        assertThat(back.figures()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            GroupFigures e = figures.get(i);
            GroupFigures a = back.figures().get(i);
            assertThat(a).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void a_group_name_that_would_break_the_columns_is_not_written() {
        GroupFigures bad = new GroupFigures(101, 2024 * 12, "a;b", 0, 0, 0, 0, 0, 0, 0, new double[5], new double[5], 0, 0, 0);
        assertThatThrownBy(() -> GroupFiguresFile.write(new StringWriter(), 0, 1, List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class);
        GroupFigures broken = new GroupFigures(101, 2024 * 12, "a\nb", 0, 0, 0, 0, 0, 0, 0, new double[5], new double[5], 0, 0, 0);
        assertThatThrownBy(() -> GroupFiguresFile.write(new StringWriter(), 0, 1, List.of(broken)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_file_without_the_first_line_is_refused_as_not_group_figures() {
        assertThat(refusal(HEADER, ROW)).startsWith("gruppetal.csv, linje 1: første linje skal være");
        assertThat(refusal()).startsWith("gruppetal.csv, linje 1: ");
    }

    @Test
    void the_weeks_on_the_first_line_must_be_iso_weeks_in_order() {
        assertThat(refusal("# raaderum-group-figures; first_week=2024-W54; last_week=2024-W52", HEADER))
                .startsWith("gruppetal.csv, linje 1, felt 'first_week': ");
        assertThat(refusal("# raaderum-group-figures; first_week=2024-W01; last_week=24-52", HEADER))
                .startsWith("gruppetal.csv, linje 1, felt 'last_week': ");
        assertThat(refusal("# raaderum-group-figures; first_week=2024-W10; last_week=2024-W09", HEADER))
                .isEqualTo("gruppetal.csv, linje 1, felt 'last_week': ugen ligger før first_week");
        // one week is a register too; 2024-W20 lies in May, so a March row is outside it
        assertThat(refusal("# raaderum-group-figures; first_week=2024-W20; last_week=2024-W20", HEADER, ROW))
                .contains("linje 3, felt 'month'");
    }

    @Test
    void a_missing_misplaced_or_extra_column_is_named() {
        assertThat(refusal(FIRST, HEADER.replace(";inflow", ""), ROW))
                .isEqualTo("gruppetal.csv, linje 2, felt 'inflow': kolonnen mangler");
        assertThat(refusal(FIRST, HEADER.replace("persons;inflow", "inflow;persons"), ROW))
                .startsWith("gruppetal.csv, linje 2, felt 'persons': kolonnen skal stå som nr. 5");
        assertThat(refusal(FIRST, HEADER + ";extra", ROW))
                .startsWith("gruppetal.csv, linje 2, felt 'extra': ukendt kolonne");
        assertThat(refusal(FIRST)).isEqualTo("gruppetal.csv, linje 2, felt 'municipality': kolonnen mangler");
    }

    @Test
    void a_row_with_too_few_fields_is_refused_with_its_line() {
        assertThat(refusal(FIRST, HEADER, ROW, "", ROW.substring(0, ROW.lastIndexOf(';'))))
                .isEqualTo("gruppetal.csv, linje 5: rækken har 20 felter, ikke 21");
    }

    @Test
    void an_unknown_municipality_month_or_group_is_refused_by_field() {
        assertThat(refusal(FIRST, HEADER, with(0, "999"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'municipality': '999' er ikke en af de 98 kommunekoder");
        assertThat(refusal(FIRST, HEADER, with(0, "57"))).contains("felt 'municipality'");
        assertThat(refusal(FIRST, HEADER, with(1, "2024-13"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'month': '2024-13' er ikke en måned som 2024-03");
        assertThat(refusal(FIRST, HEADER, with(1, "2024-00"))).contains("felt 'month'");
        assertThat(refusal(FIRST, HEADER, with(1, "marts"))).contains("felt 'month'");
        assertThat(refusal(FIRST, HEADER, with(2, "Lommepenge"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'group': 'Lommepenge' er ikke en ydelsesgruppe i regeltabellen");
    }

    @Test
    void a_month_outside_the_registers_weeks_is_refused_and_the_months_the_weeks_touch_are_accepted() throws IOException {
        assertThat(refusal(FIRST, HEADER, with(1, "2023-12"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'month': 2023-12 ligger uden for registrets uger (2024-01 til 2024-12)");
        assertThat(refusal(FIRST, HEADER, with(1, "2025-01"))).contains("felt 'month'");
        assertThat(read(FIRST, HEADER, with(1, "2024-01"), with(1, "2024-12")).figures()).hasSize(2);
        // 2024-W53 does not exist; 2020-W53 runs Monday 28 December 2020 to Friday 1 January 2021
        String to2021 = "# raaderum-group-figures; first_week=2020-W40; last_week=2020-W53";
        assertThat(read(to2021, HEADER, with(1, "2021-01")).figures()).hasSize(1);
        assertThat(refusal(to2021, HEADER, with(1, "2021-02"))).contains("(2020-09 til 2021-01)");
    }

    @Test
    void numbers_must_be_plain_and_not_negative_and_counts_whole() throws IOException {
        assertThat(refusal(FIRST, HEADER, with(4, "mange"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'persons': 'mange' er ikke et helt tal på mindst 0");
        assertThat(refusal(FIRST, HEADER, with(4, "1.5"))).contains("felt 'persons'");
        assertThat(refusal(FIRST, HEADER, with(20, "-1"))).contains("felt 'self_supporting'");
        assertThat(refusal(FIRST, HEADER, with(3, "12,5"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'full_time_persons': '12,5' er ikke et tal på mindst 0 (brug punktum som decimaltegn)");
        List<String> bad = new ArrayList<>(List.of("-1", "NaN", "Infinity", "1d", "0x10", "", " "));
        for (String value : bad) {
            assertThat(refusal(FIRST, HEADER, with(7, value))).as(value).contains("felt 'gross_dkk'");
        }
        assertThat(refusal(FIRST, HEADER, with(12, "1e999"))).isEqualTo(
                "gruppetal.csv, linje 3, felt 'municipal_tier3_dkk': tallet er for stort");
        assertThat(refusal(FIRST, HEADER, with(17, "x"))).contains("felt 'tier4_weeks'");
        assertThat(refusal(FIRST, HEADER, with(18, "x"))).contains("felt 'tier4_full_time'");
        assertThat(read(FIRST, HEADER, with(7, "1.5E3")).figures().get(0).grossDkk()).isEqualTo(1500);
    }

    @Test
    void the_same_municipality_month_and_group_twice_is_refused() {
        assertThat(refusal(FIRST, HEADER, ROW, with(2, "Alle ydelser"), ROW)).isEqualTo(
                "gruppetal.csv, linje 5: kommune, måned og gruppe står her for anden gang");
    }

    @Test
    void the_groups_are_the_rules_tables_in_order_then_all_benefits() {
        List<String> groups = GroupAccumulator.groups(RULES);
        assertThat(groups).last().isEqualTo(GroupAccumulator.ALL);
        assertThat(groups).isEqualTo(new GroupAccumulator(RULES, 0, 1).groups());
        assertThat(groups).doesNotHaveDuplicates().contains("Kontanthjælp", "Sygedagpenge");
    }
}
