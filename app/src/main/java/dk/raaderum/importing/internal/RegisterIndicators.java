package dk.raaderum.importing.internal;

import static dk.raaderum.indicator.GoodDirection.HIGHER_IS_BETTER;
import static dk.raaderum.indicator.GoodDirection.LOWER_IS_BETTER;
import static dk.raaderum.indicator.GoodDirection.NEUTRAL;

import java.time.LocalDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

import dk.raaderum.disclosure.SmallCells;

import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.GroupFigures;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.MonthSplit;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.Municipality;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.NewValue;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;
import dk.raaderum.register.RegisterIndicator;



/**
 * The indicators a register import fills, one set per benefit group: {@code reg_<gruppe>_<mål>}, e.g.
 * {@code reg_kontanthjaelp_udgift_kommune}. Cells with fewer than {@value #SMALL_CELL} persons are stored as
 * suppressed. Figures from a sample can be expanded by a weight; shares are unaffected by it.
 */
final class RegisterIndicators {

    static final int SMALL_CELL = SmallCells.THRESHOLD;

    /**
     * One measure: what it is, its Danish name, unit, roll-up over time, and how to read it from the figures.
     * Fewer persons, weeks and kroner on benefits are better; outflow and the helper counts behind a share depend on
     * how many were on the benefit, so they are neutral. {@code byTier} measures depend on each person's refusion
     * count, which is only right after the burn-in.
     */
    private record Measure(RegisterIndicator.Measure kind, String name, Unit unit, TimeRollUp rollUp, boolean helper,
            ToDoubleFunction<GroupFigures> read, boolean byTier) {
        Measure(RegisterIndicator.Measure kind, String name, Unit unit, TimeRollUp rollUp, boolean helper,
                ToDoubleFunction<GroupFigures> read) {
            this(kind, name, unit, rollUp, helper, read, false);
        }

        GoodDirection good() {
            return helper || kind == RegisterIndicator.Measure.OUTFLOW ? NEUTRAL : LOWER_IS_BETTER;
        }
    }

    /**
     * The burn-in: a person's refusion count starts at 0 at the register's first week, because the history before it is
     * unknown, so in the register's first {@value #BURN_IN_WEEKS} weeks everyone looks newer on benefits than they are
     * (too much in tier 1, nobody in tier 4, too low a municipal share). Measures by tier are therefore published only
     * for months that start at least {@value #BURN_IN_WEEKS} weeks after the register's first week: by then everyone
     * continuously on benefits has reached the tier they really are in.
     */
    static final int BURN_IN_WEEKS = 52;

    static boolean pastBurnIn(int month, int firstWeek) {
        LocalDate monthStart = LocalDate.of(month / 12, month % 12 + 1, 1);
        return !monthStart.isBefore(LocalDate.ofEpochDay(IsoWeek.mondayEpochDay(firstWeek)).plusWeeks(BURN_IN_WEEKS));
    }

    private static final List<Measure> COUNTS = List.of(
            new Measure(RegisterIndicator.Measure.FULL_TIME, "fuldtidspersoner", Unit.FULDTIDSPERSONER, TimeRollUp.AVERAGE_BY_DAYS, false,
                    GroupFigures::fullTimePersons),
            new Measure(RegisterIndicator.Measure.PERSONS, "personer i måneden", Unit.ANTAL, TimeRollUp.AVERAGE_BY_DAYS, false,
                    f -> f.persons()),
            new Measure(RegisterIndicator.Measure.INFLOW, "tilgang (forløb startet)", Unit.ANTAL, TimeRollUp.SUM, false, f -> f.inflow()),
            new Measure(RegisterIndicator.Measure.OUTFLOW, "afgang (forløb afsluttet)", Unit.ANTAL, TimeRollUp.SUM, false, f -> f.outflow()),
            new Measure(RegisterIndicator.Measure.GROSS, "udgift i alt", Unit.KRONER, TimeRollUp.SUM, false, GroupFigures::grossDkk),
            new Measure(RegisterIndicator.Measure.MUNICIPAL, "kommunens udgift", Unit.KRONER, TimeRollUp.SUM, false,
                    GroupFigures::municipalDkk, true),
            new Measure(RegisterIndicator.Measure.STATE, "statens andel", Unit.KRONER, TimeRollUp.SUM, false, GroupFigures::stateDkk, true),
            new Measure(RegisterIndicator.Measure.MUNICIPAL_TIER_1, "kommunens udgift, uge 1-4", Unit.KRONER, TimeRollUp.SUM, false,
                    f -> f.municipalByTier()[1], true),
            new Measure(RegisterIndicator.Measure.MUNICIPAL_TIER_2, "kommunens udgift, uge 5-26", Unit.KRONER, TimeRollUp.SUM, false,
                    f -> f.municipalByTier()[2], true),
            new Measure(RegisterIndicator.Measure.MUNICIPAL_TIER_3, "kommunens udgift, uge 27-52", Unit.KRONER, TimeRollUp.SUM, false,
                    f -> f.municipalByTier()[3], true),
            new Measure(RegisterIndicator.Measure.MUNICIPAL_TIER_4, "kommunens udgift, over 52 uger", Unit.KRONER, TimeRollUp.SUM, false,
                    f -> f.municipalByTier()[4], true),
            new Measure(RegisterIndicator.Measure.WEEKS_TIER_1, "personuger i uge 1-4", Unit.ANTAL, TimeRollUp.SUM, false,
                    f -> f.tierWeeks()[1], true),
            new Measure(RegisterIndicator.Measure.WEEKS_TIER_2, "personuger i uge 5-26", Unit.ANTAL, TimeRollUp.SUM, false,
                    f -> f.tierWeeks()[2], true),
            new Measure(RegisterIndicator.Measure.WEEKS_TIER_3, "personuger i uge 27-52", Unit.ANTAL, TimeRollUp.SUM, false,
                    f -> f.tierWeeks()[3], true),
            new Measure(RegisterIndicator.Measure.WEEKS_TIER_4, "personuger efter uge 52", Unit.ANTAL, TimeRollUp.SUM, false,
                    f -> f.tierWeeks()[4], true),
            new Measure(RegisterIndicator.Measure.FULL_TIME_TIER_4, "fuldtidspersoner over 52 uger", Unit.FULDTIDSPERSONER,
                    TimeRollUp.AVERAGE_BY_DAYS, false, GroupFigures::tier4FullTime, true),
            new Measure(RegisterIndicator.Measure.ENDED_FOLLOWED, "afsluttede forløb fulgt 26 uger", Unit.ANTAL, TimeRollUp.SUM, true,
                    f -> f.followedUp()),
            new Measure(RegisterIndicator.Measure.SELF_SUPPORTING_26, "selvforsørgende 26 uger efter", Unit.ANTAL, TimeRollUp.SUM, true,
                    f -> f.selfSupporting()));

    private record Cell(Area area, int month, String group) {
    }

    /** True when every weekday of the month lies within the register's weeks. */
    static boolean covered(int month, int firstWeek, int lastWeek) {
        LocalDate first = LocalDate.of(month / 12, month % 12 + 1, 1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        LocalDate registerStart = LocalDate.ofEpochDay(IsoWeek.mondayEpochDay(firstWeek));
        LocalDate registerEnd = LocalDate.ofEpochDay(IsoWeek.mondayEpochDay(lastWeek) + 4);
        while (first.getDayOfWeek().getValue() > 5) {
            first = first.plusDays(1);
        }
        while (last.getDayOfWeek().getValue() > 5) {
            last = last.minusDays(1);
        }
        return !first.isBefore(registerStart) && !last.isAfter(registerEnd);
    }

    private final Geography geography;

    RegisterIndicators(Geography geography) {
        this.geography = geography;
    }

    static String id(String group, RegisterIndicator.Measure kind) {
        return RegisterIndicator.ofGroupName(group, kind).id();
    }

    /** Definitions for every group: the counts above plus two shares built from them. */
    List<Indicator> definitions(List<String> groups, String source) {
        List<Indicator> indicators = new ArrayList<>();
        for (String group : groups) {
            boolean shown = group.equals(GroupAccumulator.ALL);
            for (Measure m : COUNTS) {
                indicators.add(new Indicator(id(group, m.kind()), group + ": " + m.name(), m.unit(), source, null,
                        "Fra registermotoren: " + m.name() + " for " + group.toLowerCase(Locale.ROOT)
                                + ". Celler med 1-" + (SMALL_CELL - 1) + " personer er undertrykt.",
                        GeoAggregation.SUM, null, null, 1, m.rollUp(), shown && !m.helper(), m.good()));
            }
            indicators.add(new Indicator(id(group, RegisterIndicator.Measure.MUNICIPAL_SHARE), group + ": kommunens andel af udgiften",
                    Unit.PROCENT, source, null, "Kommunens udgift i procent af udgiften i alt efter refusion.",
                    GeoAggregation.RATIO, id(group, RegisterIndicator.Measure.MUNICIPAL), id(group, RegisterIndicator.Measure.GROSS), 100,
                    TimeRollUp.SUM, shown, LOWER_IS_BETTER));
            indicators.add(new Indicator(id(group, RegisterIndicator.Measure.SHARE_OF_POPULATION), group + ": fuldtidspersoner i pct. af 16-66-årige",
                    Unit.PROCENT, source, null, "Fuldtidspersoner i procent af befolkningen 16-66 år (nævneren er "
                            + "afledt af Jobindsats' kontanthjælpstal).", GeoAggregation.RATIO, id(group, RegisterIndicator.Measure.FULL_TIME),
                    "befolkning_16_66_afledt", 100, TimeRollUp.AVERAGE_BY_DAYS, shown, LOWER_IS_BETTER));
            indicators.add(new Indicator(id(group, RegisterIndicator.Measure.SELF_SUPPORTING_SHARE),
                    group + ": selvforsørgende 26 uger efter endt forløb", Unit.PROCENT, source, null,
                    "Af de forløb, der sluttede i perioden, andelen hvor personen 26 uger efter den sidste uge ikke "
                            + "modtog nogen offentlig forsørgelse (ingen række i registret den uge).",
                    GeoAggregation.RATIO, id(group, RegisterIndicator.Measure.SELF_SUPPORTING_26), id(group, RegisterIndicator.Measure.ENDED_FOLLOWED), 100,
                    TimeRollUp.SUM, shown, HIGHER_IS_BETTER));
        }
        return indicators;
    }

    /**
     * Values for every municipality, and for every landsdel, region and the whole country summed from the
     * unsuppressed figures (the register is microdata, so a small municipality need not blank its region).
     * A cell with few persons is stored as suppressed (null), never as 0.
     */
    List<NewValue> values(List<GroupFigures> figures, List<String> groups, double weight, int firstWeek,
            int lastWeek) {
        Map<Cell, double[]> cells = new LinkedHashMap<>();
        // every municipality, covered month and group has a cell: no one on a benefit is 0, not missing
        for (int month = MonthSplit.firstMonth(firstWeek); month <= MonthSplit.firstMonth(lastWeek); month++) {
            if (!covered(month, firstWeek, lastWeek)) {
                continue;
            }
            for (Municipality municipality : geography.municipalities()) {
                for (String group : groups) {
                    for (Area area : List.of(municipality.asArea(), municipality.landsdel(), municipality.region(),
                            Area.DENMARK)) {
                        cells.putIfAbsent(new Cell(area, month, group), new double[COUNTS.size() + 1]);
                    }
                }
            }
        }
        for (GroupFigures f : figures) {
            if (!covered(f.month(), firstWeek, lastWeek)) {
                continue; // a month the register covers only in part would look like a drop
            }
            Municipality municipality = geography.municipality(f.municipality()).orElseThrow();
            for (Area area : List.of(municipality.asArea(), municipality.landsdel(), municipality.region(), Area.DENMARK)) {
                Cell key = new Cell(area, f.month(), f.group());
                double[] sums = cells.computeIfAbsent(key, k -> new double[COUNTS.size() + 1]);
                for (int m = 0; m < COUNTS.size(); m++) {
                    sums[m] += COUNTS.get(m).read().applyAsDouble(f);
                }
                sums[COUNTS.size()] += f.persons();
            }
        }
        Set<Cell> hidden = hidden(cells, groups, weight);
        List<NewValue> values = new ArrayList<>();
        cells.forEach((cell, sums) -> {
            Period period = Period.month(cell.month() / 12, cell.month() % 12 + 1);
            boolean suppressed = hidden.contains(cell);
            boolean burnedIn = pastBurnIn(cell.month(), firstWeek);
            for (int m = 0; m < COUNTS.size(); m++) {
                if (COUNTS.get(m).byTier() && !burnedIn) {
                    continue; // not known yet: stored as nothing, so it shows as "ingen data", never as 0
                }
                values.add(new NewValue(id(cell.group(), COUNTS.get(m).kind()), cell.area(), period,
                        suppressed ? null : sums[m] * weight));
            }
        });
        return values;
    }

    /**
     * The cells to store as suppressed, month by month: 1-4 persons (as expanded), and the complementary cells that
     * keep them from being found by subtraction along the geography (landsdel, region, country are sums) or the
     * benefit groups (all benefits is their sum).
     */
    private Set<Cell> hidden(Map<Cell, double[]> cells, List<String> groups, double weight) {
        Map<Integer, Map<Cell, Double>> byMonth = new TreeMap<>();
        cells.forEach((cell, sums) -> byMonth.computeIfAbsent(cell.month(), m -> new LinkedHashMap<>())
                .put(cell, sums[COUNTS.size()] * weight));
        List<String> parts = groups.stream().filter(g -> !g.equals(GroupAccumulator.ALL)).toList();
        Comparator<Cell> order = Comparator.<Cell>comparingInt(c -> c.area().level().ordinal())
                .thenComparingInt(c -> c.area().code()).thenComparing(Cell::group);
        Set<Cell> hidden = new HashSet<>();
        byMonth.forEach((month, persons) -> hidden.addAll(SmallCells.hidden(persons, relations(month, groups, parts),
                SMALL_CELL, order)));
        return hidden;
    }

    private List<SmallCells.Relation<Cell>> relations(int month, List<String> groups, List<String> parts) {
        List<SmallCells.Relation<Cell>> relations = new ArrayList<>();
        Map<Area, List<Area>> landsdeleOfRegion = new LinkedHashMap<>();
        Map<Area, List<Area>> regionsOfCountry = new LinkedHashMap<>();
        Map<Area, List<Area>> municipalitiesOfLandsdel = new LinkedHashMap<>();
        for (Municipality m : geography.municipalities()) {
            municipalitiesOfLandsdel.computeIfAbsent(m.landsdel(), x -> new ArrayList<>()).add(m.asArea());
            List<Area> inRegion = landsdeleOfRegion.computeIfAbsent(m.region(), x -> new ArrayList<>());
            if (!inRegion.contains(m.landsdel())) {
                inRegion.add(m.landsdel());
            }
            regionsOfCountry.computeIfAbsent(Area.DENMARK, x -> new ArrayList<>());
            if (!regionsOfCountry.get(Area.DENMARK).contains(m.region())) {
                regionsOfCountry.get(Area.DENMARK).add(m.region());
            }
        }
        List<Area> allAreas = new ArrayList<>();
        for (String group : groups) {
            for (Map<Area, List<Area>> level : List.of(municipalitiesOfLandsdel, landsdeleOfRegion, regionsOfCountry)) {
                level.forEach((total, members) -> relations.add(new SmallCells.Relation<>(new Cell(total, month, group),
                        members.stream().map(a -> new Cell(a, month, group)).toList())));
            }
        }
        municipalitiesOfLandsdel.values().forEach(allAreas::addAll); // municipalities
        allAreas.addAll(municipalitiesOfLandsdel.keySet());          // landsdele
        allAreas.addAll(landsdeleOfRegion.keySet());                 // regions
        allAreas.add(Area.DENMARK);
        if (groups.contains(GroupAccumulator.ALL)) {
            for (Area area : allAreas) {
                relations.add(new SmallCells.Relation<>(new Cell(area, month, GroupAccumulator.ALL),
                        parts.stream().map(g -> new Cell(area, month, g)).toList()));
            }
        }
        return relations;
    }
}
