package dk.raaderum.economy.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dk.raaderum.disclosure.SmallCells;
import dk.raaderum.importing.StoredRegister;

/** Forecasts, back-tests and business cases of a municipality from the kept register. */
@Service
class EconomyService {

    /** A forecast: the rows (a hidden group's rows have no figures), what it rests on, or a Danish refusal. */
    sealed interface ForecastAnswer {
    }

    record Forecast(YearMonth asOf, List<QuarterForecast.Row> rows, Set<String> hiddenGroups, StoredRegister register,
            Optional<BackTest.Result> backTest) implements ForecastAnswer {
    }

    record Refusal(String field, String message) implements ForecastAnswer {
    }

    static final int MAX_QUARTERS = 8;

    private final RegisterHistories histories;

    EconomyService(RegisterHistories histories) {
        this.histories = histories;
    }

    ForecastAnswer forecast(int code, String asOfText, Integer quarters) {
        Optional<RegisterHistories.Read> read = histories.of(code);
        if (read.isEmpty()) {
            return new Refusal("asOf", "Der er ikke indlæst et register, som prognosen kan regnes på.");
        }
        Histories h = read.get().histories();
        YearMonth last = lastFullMonth(h);
        YearMonth first = WeekMonths.month(h.firstWeek() + 52);
        YearMonth asOf;
        try {
            asOf = asOfText == null || asOfText.isBlank() ? last : YearMonth.parse(asOfText.strip());
        } catch (DateTimeParseException e) {
            return new Refusal("asOf", "asOf skal være en måned som 2026-06.");
        }
        if (asOf.isAfter(last) || asOf.isBefore(first)) {
            return new Refusal("asOf", "asOf skal ligge mellem " + first + " og " + last
                    + ": prognosen kræver et års data før og registret slutter i " + last + ".");
        }
        int n = quarters == null ? 4 : quarters;
        if (n < 1 || n > MAX_QUARTERS) {
            return new Refusal("quarters", "quarters skal være mellem 1 og " + MAX_QUARTERS + ".");
        }
        return new Forecast(asOf, QuarterForecast.rows(h, asOf, n), hidden(h, asOf), read.get().register(),
                BackTest.of(h, asOf));
    }

    /** The year after {@code asOf}: observed months plus the forecast, per benefit group (empty without a register). */
    Optional<YearOutlook> outlook(int code, YearMonth asOf) {
        return histories.of(code).map(read -> YearOutlook.of(read.histories(), asOf));
    }

    /** The newest month the register covers completely. */
    static YearMonth lastFullMonth(Histories h) {
        YearMonth month = WeekMonths.month(h.lastWeek());
        return WeekMonths.lastWeek(month) <= h.lastWeek() ? month : month.minusMonths(1);
    }

    /** Groups with fewer than 5 persons (weighted) at {@code asOf}, and any that would reveal them through the total. */
    static Set<String> hidden(Histories h, YearMonth asOf) {
        int origin = WeekMonths.lastWeek(asOf);
        Map<String, Double> persons = new HashMap<>();
        for (int g = 0; g < Groups.count(); g++) {
            persons.put(Groups.slug(g), 0.0);
        }
        persons.put(Groups.ALL, 0.0);
        for (PersonHistory p : h.persons()) {
            for (int i = 0; i < p.size(); i++) {
                if (p.week()[i] == origin && p.here()[i]) {
                    persons.merge(Groups.slug(p.group()[i]), h.weight(), Double::sum);
                    persons.merge(Groups.ALL, h.weight(), Double::sum);
                }
            }
        }
        List<String> order = new ArrayList<>(Groups.slugs());
        order.add(Groups.ALL);
        return SmallCells.hidden(persons, List.of(new SmallCells.Relation<>(Groups.ALL, Groups.slugs())),
                SmallCells.THRESHOLD, Comparator.comparingInt(order::indexOf));
    }

    /** A computed case, or a refusal naming the field. */
    sealed interface CaseAnswer {
    }

    /** {@code spells}, {@code starts} and the replayed {@code path}: what the case was computed on, for its sensitivity. */
    record Computed(CaseInput input, CaseResult result, StoredRegister register, List<CaseSpell> spells,
            double[] starts, CasePath path) implements CaseAnswer {

        List<Sensitivity.Swing> sensitivity() {
            return Sensitivity.of(input, spells, starts, path);
        }
    }

    record CaseRefusal(String field, String message) implements CaseAnswer {
    }

    CaseAnswer businessCase(int code, CaseDraft draft) {
        CaseCheck.Checked checked = CaseCheck.check(draft);
        if (checked instanceof CaseCheck.Refused r) {
            return new CaseRefusal(r.field(), r.message());
        }
        CaseInput input = ((CaseCheck.Valid) checked).input();
        Optional<RegisterHistories.Read> read = histories.of(code);
        if (read.isEmpty()) {
            return new CaseRefusal("group", "Der er ikke indlæst et register, som casen kan regnes på.");
        }
        Histories h = read.get().histories();
        List<CaseSpell> spells = spells(h, input.group());
        CaseCheck.Checked fits = CaseCheck.fits(input, spells);
        if (fits instanceof CaseCheck.Refused r) {
            return new CaseRefusal(r.field(), r.message());
        }
        double[] starts = CaseStarts.of(input, h);
        CasePath path = BusinessCases.path(input, spells);
        return new Computed(input, BusinessCases.compute(input, spells, starts, path), read.get().register(), spells,
                starts, path);
    }

    record Mixed(ActivationMix.Scenario scenario, ActivationMix.Effects effects, boolean assumed,
            StoredRegister register) implements CaseAnswer {
    }

    CaseAnswer activationMix(int code, MixDraft draft) {
        String problem = draft.problem();
        if (problem != null) {
            int colon = problem.indexOf(':');
            return new CaseRefusal(problem.substring(0, colon), problem.substring(colon + 2));
        }
        Optional<RegisterHistories.Read> read = histories.of(code);
        if (read.isEmpty()) {
            return new CaseRefusal("group", "Der er ikke indlæst et register, som scenariet kan regnes på.");
        }
        List<CaseSpell> spells = spells(read.get().histories(), draft.group());
        if (spells.isEmpty()) {
            return new CaseRefusal("group", "Registret har ingen forløb på " + Groups.name(draft.group()) + " i kommunen.");
        }
        ActivationMix.Effects effects = draft.effects() == null ? ActivationMix.Effects.ASSUMED : draft.effects();
        return new Mixed(ActivationMix.of(draft.group(), draft.current(), draft.proposed(), effects, draft.citizens(),
                draft.years() == null ? 4 : draft.years(), spells), effects, draft.effects() == null, read.get().register());
    }

    /**
     * The spells a case is replayed on: those of the group that started in the register's year before its last year,
     * so each is followed for at least a year (a spell still running at the register's end counts as ending there).
     */
    static List<CaseSpell> spells(Histories h, String group) {
        int to = h.lastWeek() - BusinessCases.WEEKS_PER_YEAR;
        return CaseSpell.starting(h, Groups.index(group).getAsInt(), to - BusinessCases.WEEKS_PER_YEAR + 1, to);
    }
}
