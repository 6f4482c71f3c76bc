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

/**
 * The indicators a register import fills, one set per benefit group: {@code reg_<gruppe>_<mål>}, e.g.
 * {@code reg_kontanthjaelp_udgift_kommune}. Cells with fewer than {@value #SMALL_CELL} persons are stored as
 * suppressed. Figures from a sample can be expanded by a weight; shares are unaffected by it.
 */
final class RegisterIndicators {

    static final int SMALL_CELL = 5;

    /**
     * One measure: its id suffix, Danish name, unit, roll-up over time, which way is good, and how to read it from
     * the figures. Fewer persons, weeks and kroner on benefits are better; outflow and the helper counts behind a
     * share depend on how many were on the benefit, so they are neutral.
     */
    private record Measure(String suffix, String name, Unit unit, TimeRollUp rollUp, boolean helper,
            GoodDirection good, ToDoubleFunction<GroupFigures> read) {
    }

    private static final List<Measure> COUNTS = List.of(
            new Measure("fuldtid", "fuldtidspersoner", Unit.FULDTIDSPERSONER, TimeRollUp.AVERAGE_BY_DAYS, false,
                    LOWER_IS_BETTER, GroupFigures::fullTimePersons),
            new Measure("personer", "personer i måneden", Unit.ANTAL, TimeRollUp.AVERAGE_BY_DAYS, false,
                    LOWER_IS_BETTER, f -> f.persons()),
            new Measure("tilgang", "tilgang (forløb startet)", Unit.ANTAL, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    f -> f.inflow()),
            new Measure("afgang", "afgang (forløb afsluttet)", Unit.ANTAL, TimeRollUp.SUM, false, NEUTRAL,
                    f -> f.outflow()),
            new Measure("udgift_brutto", "udgift i alt", Unit.KRONER, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    GroupFigures::grossDkk),
            new Measure("udgift_kommune", "kommunens udgift", Unit.KRONER, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    GroupFigures::municipalDkk),
            new Measure("udgift_stat", "statens andel", Unit.KRONER, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    GroupFigures::stateDkk),
            new Measure("kommune_trin1", "kommunens udgift, uge 1-4", Unit.KRONER, TimeRollUp.SUM, false,
                    LOWER_IS_BETTER, f -> f.municipalByTier()[1]),
            new Measure("kommune_trin2", "kommunens udgift, uge 5-26", Unit.KRONER, TimeRollUp.SUM, false,
                    LOWER_IS_BETTER, f -> f.municipalByTier()[2]),
            new Measure("kommune_trin3", "kommunens udgift, uge 27-52", Unit.KRONER, TimeRollUp.SUM, false,
                    LOWER_IS_BETTER, f -> f.municipalByTier()[3]),
            new Measure("kommune_trin4", "kommunens udgift, over 52 uger", Unit.KRONER, TimeRollUp.SUM, false,
                    LOWER_IS_BETTER, f -> f.municipalByTier()[4]),
            new Measure("trin1_uger", "personuger i uge 1-4", Unit.ANTAL, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    f -> f.tierWeeks()[1]),
            new Measure("trin2_uger", "personuger i uge 5-26", Unit.ANTAL, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    f -> f.tierWeeks()[2]),
            new Measure("trin3_uger", "personuger i uge 27-52", Unit.ANTAL, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    f -> f.tierWeeks()[3]),
            new Measure("trin4_uger", "personuger efter uge 52", Unit.ANTAL, TimeRollUp.SUM, false, LOWER_IS_BETTER,
                    f -> f.tierWeeks()[4]),
            new Measure("trin4_fuldtid", "fuldtidspersoner over 52 uger", Unit.FULDTIDSPERSONER,
                    TimeRollUp.AVERAGE_BY_DAYS, false, LOWER_IS_BETTER, GroupFigures::tier4FullTime),
            new Measure("afsluttet_fulgt", "afsluttede forløb fulgt 26 uger", Unit.ANTAL, TimeRollUp.SUM, true,
                    NEUTRAL, f -> f.followedUp()),
            new Measure("selvforsoergende_26", "selvforsørgende 26 uger efter", Unit.ANTAL, TimeRollUp.SUM, true,
                    NEUTRAL, f -> f.selfSupporting()));

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

    static String id(String group, String suffix) {
        return "reg_" + slug(group) + "_" + suffix;
    }

    static String slug(String group) {
        String ascii = group.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replace(" mv.", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** Definitions for every group: the counts above plus two shares built from them. */
    List<Indicator> definitions(List<String> groups, String source) {
        List<Indicator> indicators = new ArrayList<>();
        for (String group : groups) {
            boolean shown = group.equals(GroupAccumulator.ALL);
            for (Measure m : COUNTS) {
                indicators.add(new Indicator(id(group, m.suffix()), group + ": " + m.name(), m.unit(), source, null,
                        "Fra registermotoren: " + m.name() + " for " + group.toLowerCase(Locale.ROOT)
                                + ". Celler med 1-" + (SMALL_CELL - 1) + " personer er undertrykt.",
                        GeoAggregation.SUM, null, null, 1, m.rollUp(), shown && !m.helper(), m.good()));
            }
            indicators.add(new Indicator(id(group, "kommunal_andel"), group + ": kommunens andel af udgiften",
                    Unit.PROCENT, source, null, "Kommunens udgift i procent af udgiften i alt efter refusion.",
                    GeoAggregation.RATIO, id(group, "udgift_kommune"), id(group, "udgift_brutto"), 100,
                    TimeRollUp.SUM, shown, LOWER_IS_BETTER));
            indicators.add(new Indicator(id(group, "pct_befolkning"), group + ": fuldtidspersoner i pct. af 16-66-årige",
                    Unit.PROCENT, source, null, "Fuldtidspersoner i procent af befolkningen 16-66 år (nævneren er "
                            + "afledt af Jobindsats' kontanthjælpstal).", GeoAggregation.RATIO, id(group, "fuldtid"),
                    "befolkning_16_66_afledt", 100, TimeRollUp.AVERAGE_BY_DAYS, shown, LOWER_IS_BETTER));
            indicators.add(new Indicator(id(group, "andel_selvforsoergende_26"),
                    group + ": selvforsørgende 26 uger efter endt forløb", Unit.PROCENT, source, null,
                    "Af de forløb, der sluttede i perioden, andelen hvor personen 26 uger efter den sidste uge ikke "
                            + "modtog nogen offentlig forsørgelse (ingen række i registret den uge).",
                    GeoAggregation.RATIO, id(group, "selvforsoergende_26"), id(group, "afsluttet_fulgt"), 100,
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
        List<NewValue> values = new ArrayList<>();
        cells.forEach((cell, sums) -> {
            Period period = Period.month(cell.month() / 12, cell.month() % 12 + 1);
            // suppress 1-4 persons (counted as expanded); nobody at all is a true 0
            double persons = sums[COUNTS.size()] * weight;
            boolean suppressed = persons > 0 && persons < SMALL_CELL;
            for (int m = 0; m < COUNTS.size(); m++) {
                values.add(new NewValue(id(cell.group(), COUNTS.get(m).suffix()), cell.area(), period,
                        suppressed ? null : sums[m] * weight));
            }
        });
        return values;
    }
}
