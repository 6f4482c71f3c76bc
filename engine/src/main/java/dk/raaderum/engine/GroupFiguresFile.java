package dk.raaderum.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group figures of a replayed register as a file, so a replay run elsewhere (the Spark job) can be imported
 * as {@code reg_<gruppe>_<mål>} indicators. UTF-8, {@code ;}-separated, no quoting:
 *
 * <pre>
 * # raaderum-group-figures; first_week=2023-W01; last_week=2024-W52
 * municipality;month;group;full_time_persons;persons;inflow;outflow;gross_dkk;municipal_dkk;state_dkk;…
 * 575;2024-03;Kontanthjælp;41.25;47;6;5;512345.5;…
 * </pre>
 *
 * The first line names the register's first and last ISO week (the burn-in and the months covered depend on them);
 * then one row per {@link GroupFigures}, the tiers as columns of their own ({@code municipal_tier1_dkk} …,
 * {@code tier1_weeks} …). Counts are integers, amounts are written so that they read back to the same double.
 */
public final class GroupFiguresFile {

    static final String MARK = "raaderum-group-figures";
    private static final Pattern FIRST_LINE = Pattern.compile(
            "#\\s*" + MARK + ";\\s*first_week=([^;]*);\\s*last_week=([^;]*)");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,18}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public static final List<String> HEADER = List.of("municipality", "month", "group", "full_time_persons", "persons",
            "inflow", "outflow", "gross_dkk", "municipal_dkk", "state_dkk", "municipal_tier1_dkk", "municipal_tier2_dkk",
            "municipal_tier3_dkk", "municipal_tier4_dkk", "tier1_weeks", "tier2_weeks", "tier3_weeks", "tier4_weeks",
            "tier4_full_time", "followed_up", "self_supporting");

    /** A file's content: the register's first and last week (indices, see {@link IsoWeek#index()}) and its figures. */
    public record Content(int firstWeek, int lastWeek, List<GroupFigures> figures) {
    }

    private GroupFiguresFile() {
    }

    public static void write(Writer out, int firstWeek, int lastWeek, List<GroupFigures> figures) throws IOException {
        out.write("# " + MARK + "; first_week=" + IsoWeek.ofIndex(firstWeek) + "; last_week="
                + IsoWeek.ofIndex(lastWeek) + "\n");
        out.write(String.join(";", HEADER));
        out.write('\n');
        for (GroupFigures f : figures) {
            if (f.group().contains(";") || f.group().contains("\n")) {
                throw new IllegalArgumentException("a group name may not hold ';' or a line break: " + f.group());
            }
            StringBuilder row = new StringBuilder(NumberText.threeDigits(f.municipality())).append(';')
                    .append(MonthSplit.label(f.month())).append(';').append(f.group());
            append(row, f.fullTimePersons());
            row.append(';').append(f.persons()).append(';').append(f.inflow()).append(';').append(f.outflow());
            append(row, f.grossDkk());
            append(row, f.municipalDkk());
            append(row, f.stateDkk());
            for (int tier = 1; tier <= 4; tier++) {
                append(row, f.municipalByTier()[tier]);
            }
            for (int tier = 1; tier <= 4; tier++) {
                append(row, f.tierWeeks()[tier]);
            }
            append(row, f.tier4FullTime());
            row.append(';').append(f.followedUp()).append(';').append(f.selfSupporting()).append('\n');
            out.write(row.toString());
        }
    }

    /** The shortest decimal that reads back to the same double, without an exponent. */
    private static void append(StringBuilder row, double value) {
        row.append(';').append(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    public static Content read(Path file, RulesTable rules) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), in, rules);
        }
    }

    /**
     * Reads and checks a whole file; a fault is a {@link RegisterProblem} naming the file, line and field. The groups
     * must be the rules table's (and {@link GroupAccumulator#ALL}), each municipality, month and group may occur once,
     * and every month must hold a weekday of the register's weeks.
     */
    public static Content read(String name, BufferedReader in, RulesTable rules) throws IOException {
        String first = in.readLine();
        Matcher m = first == null ? null : FIRST_LINE.matcher(first.replace("\uFEFF", "").trim());
        if (m == null || !m.matches()) {
            throw new RegisterProblem(name, 1, null, "første linje skal være '# " + MARK
                    + "; first_week=ÅÅÅÅ-Wuu; last_week=ÅÅÅÅ-Wuu' (filen er ikke gruppetal fra registermotoren)");
        }
        int firstWeek = week(name, "first_week", m.group(1));
        int lastWeek = week(name, "last_week", m.group(2));
        if (lastWeek < firstWeek) {
            throw new RegisterProblem(name, 1, "last_week", "ugen ligger før first_week");
        }
        checkHeader(name, in.readLine());
        Rows rows = new Rows(name, rules, firstWeek, lastWeek);
        String line;
        long number = 2;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                rows.add(number, line);
            }
        }
        return new Content(firstWeek, lastWeek, List.copyOf(rows.figures));
    }

    private static int week(String name, String field, String text) {
        try {
            return IsoWeek.parse(text.trim()).index();
        } catch (IllegalArgumentException e) {
            throw new RegisterProblem(name, 1, field, CprShape.shown(e.getMessage()));
        }
    }

    private static void checkHeader(String name, String line) {
        List<String> header = line == null ? List.of() : List.of(line.trim().split(";", -1));
        for (int i = 0; i < HEADER.size(); i++) {
            String expected = HEADER.get(i);
            if (!header.contains(expected)) {
                throw new RegisterProblem(name, 2, expected, "kolonnen mangler");
            }
            if (!header.get(i).equals(expected)) {
                throw new RegisterProblem(name, 2, expected, "kolonnen skal stå som nr. " + (i + 1)
                        + "; forventede kolonnerne " + String.join(";", HEADER));
            }
        }
        if (header.size() != HEADER.size()) {
            throw new RegisterProblem(name, 2, header.get(HEADER.size()), "ukendt kolonne; forventede kolonnerne "
                    + String.join(";", HEADER));
        }
    }

    /** The rows read so far, and what each row is checked against. */
    private static final class Rows {
        private final String name;
        private final Set<String> groups = new HashSet<>();
        private final Set<Integer> municipalities = MunicipalityCodes.all();
        private final int firstMonth;
        private final int lastMonth;
        private final Set<String> seen = new HashSet<>();
        private final List<GroupFigures> figures = new ArrayList<>();

        Rows(String name, RulesTable rules, int firstWeek, int lastWeek) {
            this.name = name;
            this.groups.addAll(GroupAccumulator.groups(rules));
            this.firstMonth = MonthSplit.firstMonth(firstWeek);
            this.lastMonth = MonthSplit.firstMonth(lastWeek) + (MonthSplit.weekdaysInFirstMonth(lastWeek) < 5 ? 1 : 0);
        }

        void add(long line, String text) {
            String[] f = text.split(";", -1);
            if (f.length != HEADER.size()) {
                throw new RegisterProblem(name, line, null, "rækken har " + f.length + " felter, ikke " + HEADER.size());
            }
            int municipality = municipality(line, f[0].trim());
            int month = month(line, f[1].trim());
            String group = f[2].trim();
            if (!groups.contains(group)) {
                throw new RegisterProblem(name, line, "group", "'" + CprShape.shown(group)
                        + "' er ikke en ydelsesgruppe i regeltabellen");
            }
            if (!seen.add(municipality + ";" + month + ";" + group)) {
                throw new RegisterProblem(name, line, null, "kommune, måned og gruppe står her for anden gang");
            }
            double[] municipalByTier = new double[5];
            double[] tierWeeks = new double[5];
            for (int tier = 1; tier <= 4; tier++) {
                municipalByTier[tier] = decimal(line, f, 9 + tier);
                tierWeeks[tier] = decimal(line, f, 13 + tier);
            }
            figures.add(new GroupFigures(municipality, month, group, decimal(line, f, 3), integer(line, f, 4),
                    integer(line, f, 5), integer(line, f, 6), decimal(line, f, 7), decimal(line, f, 8),
                    decimal(line, f, 9), municipalByTier, tierWeeks, decimal(line, f, 18), integer(line, f, 19),
                    integer(line, f, 20)));
        }

        private int municipality(long line, String code) {
            if (code.matches("\\d{3}") && municipalities.contains(Integer.parseInt(code))) {
                return Integer.parseInt(code);
            }
            throw new RegisterProblem(name, line, "municipality", "'" + CprShape.shown(code)
                    + "' er ikke en af de 98 kommunekoder");
        }

        private int month(long line, String text) {
            Matcher m = MONTH.matcher(text);
            int number = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (number < 1 || number > 12) {
                throw new RegisterProblem(name, line, "month", "'" + CprShape.shown(text) + "' er ikke en måned som 2024-03");
            }
            int month = Integer.parseInt(m.group(1)) * 12 + number - 1;
            if (month < firstMonth || month > lastMonth) {
                throw new RegisterProblem(name, line, "month", text + " ligger uden for registrets uger ("
                        + MonthSplit.label(firstMonth) + " til " + MonthSplit.label(lastMonth) + ")");
            }
            return month;
        }

        private double decimal(long line, String[] f, int column) {
            double value = Double.parseDouble(text(line, f, column, DECIMAL, "et tal på mindst 0 (brug punktum som decimaltegn)"));
            if (Double.isInfinite(value)) {
                throw new RegisterProblem(name, line, HEADER.get(column), "tallet er for stort");
            }
            return value;
        }

        private long integer(long line, String[] f, int column) {
            return Long.parseLong(text(line, f, column, INTEGER, "et helt tal på mindst 0"));
        }

        /** The field's text when it has the form, else the file is refused: "'x' er ikke {@code what}". */
        private String text(long line, String[] f, int column, Pattern form, String what) {
            String text = f[column].trim();
            if (!form.matcher(text).matches()) {
                throw new RegisterProblem(name, line, HEADER.get(column), "'" + CprShape.shown(text) + "' er ikke " + what);
            }
            return text;
        }
    }
}
