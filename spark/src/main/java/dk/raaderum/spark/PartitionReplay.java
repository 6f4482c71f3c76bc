package dk.raaderum.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.CprShape;
import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.GroupCell;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.MonthlyCell;
import dk.raaderum.engine.MunicipalityCodes;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterAggregator;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RegisterReplay;
import dk.raaderum.engine.RulesTable;

/**
 * Replays one Spark partition: its rows come sorted by person and week, each is checked (spec § 1) and fed
 * to the engine's {@link RegisterReplay}; the partition's partial monthly cells come back, and, when asked for,
 * its partial group cells (the figures {@code import register} stores). A faulty row stops
 * the job with the field named (Spark does not know the line; the value is masked when it looks like a CPR
 * number).
 */
final class PartitionReplay implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One partition's partial sums and counts; {@code groups} is empty unless group figures were asked for. */
    record Part(List<MonthlyCell> cells, List<GroupCell> groups, long persons, long kept, long dropped)
            implements Serializable {
    }

    private final String file;
    private final RulesTable rules;
    private final RateTable rates;
    private final int firstWeek;
    private final int lastWeek;
    private final boolean withGroups;
    private final Set<Integer> municipalities = MunicipalityCodes.all();

    PartitionReplay(String file, RulesTable rules, RateTable rates, int firstWeek, int lastWeek, boolean withGroups) {
        this.file = file;
        this.rules = rules;
        this.rates = rates;
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
        this.withGroups = withGroups;
    }

    Iterator<Part> replay(Iterator<Row> rows) {
        RegisterAggregator aggregator = new RegisterAggregator(rules, rates, firstWeek, lastWeek);
        GroupAccumulator groups = withGroups ? new GroupAccumulator(rules, firstWeek, lastWeek) : null;
        RegisterReplay replay = new RegisterReplay(rules, rates, firstWeek, lastWeek, aggregator, groups, null);
        String previous = null;
        while (rows.hasNext()) {
            Row row = rows.next();
            String person = row.getString(0);
            if (!person.equals(previous)) {
                checkPerson(person);
                replay.startPerson();
                previous = person;
            }
            int week = week(row.getString(1));
            int municipality = municipality(row.getString(2));
            BenefitRule rule = rules.find(trim(row.getString(3))).orElseThrow(() -> fault("benefit",
                    "'" + CprShape.shown(row.getString(3)) + "' er ikke en ydelseskode i regeltabellen"));
            replay.add(week, municipality, rule.index(), amount(row.getString(4), rule, week));
        }
        replay.finish();
        return SparkRegisterJob.single(new Part(aggregator.cells(), groups == null ? List.of() : groups.cells(),
                replay.persons(), replay.kept(), replay.dropped()));
    }

    private void checkPerson(String person) {
        if (person == null || person.isEmpty() || person.length() > 64) {
            throw fault("person_id", "et pseudonym skal være 1-64 tegn");
        }
        if (CprShape.containsCpr(person)) {
            throw fault("person_id", "'" + CprShape.mask(person) + "' ligner et CPR-nummer; filen afvises. "
                    + "Pseudonymisér registret, før det indlæses");
        }
    }

    private int week(String text) {
        try {
            return IsoWeek.parse(text).index();
        } catch (IllegalArgumentException e) {
            throw fault("week", CprShape.shown(e.getMessage()));
        }
    }

    private int municipality(String text) {
        String code = trim(text);
        if (code.matches("\\d{3}") && municipalities.contains(Integer.parseInt(code))) {
            return Integer.parseInt(code);
        }
        throw fault("municipality", "'" + CprShape.shown(text) + "' er ikke en af de 98 kommunekoder");
    }

    /** NaN when the row has no amount and the rate table prices it. */
    private double amount(String text, BenefitRule rule, int week) {
        if (text == null || text.isBlank()) {
            int year = IsoWeek.ofIndex(week).year();
            if (rates.weekly(rule.code(), year).isEmpty()) {
                throw fault("amount", "intet beløb, og satstabellen har ingen sats for " + rule.code() + " i " + year);
            }
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value < 0 || !Double.isFinite(value)) {
                throw fault("amount", "beløbet '" + CprShape.shown(text) + "' må ikke være negativt");
            }
            return value;
        } catch (NumberFormatException e) {
            throw fault("amount", "'" + CprShape.shown(text) + "' er ikke et beløb (brug punktum som decimaltegn)");
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    private RegisterProblem fault(String field, String message) {
        return new RegisterProblem(file, "felt '" + field + "': " + message);
    }
}
