package dk.raaderum.benchmark.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dk.raaderum.engine.RateTable;
import dk.raaderum.geography.Area;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;

/**
 * What a full-time person a year costs the municipality, to turn a difference in persons into kroner: the
 * register's own municipal cost for the share's benefit group (its {@code udgift_kommune} over its
 * {@code fuldtid} in the twelve newest register months), else the rate table with an assumed municipal share.
 */
@Component
class CostBasis {

    /** Kroner per full-time person a year and, in Danish, where the figure comes from. */
    record Cost(double perPersonYear, String basis) {
    }

    static final String NONE = "ingen omregning til kroner for denne andel";
    private static final Pattern REGISTER_SHARE = Pattern.compile("reg_(.+)_pct_befolkning");
    /** Register group and rate-table benefit whose cost values a difference in each Jobindsats share. */
    private static final Map<String, String[]> JOBINDSATS_SHARES = Map.of(
            "kontanthjaelp_pct_befolkning", new String[] {"kontanthjaelp", "KTH-A"},
            "ledige_pct_arbejdsstyrke", new String[] {"a_dagpenge", "ADP"});
    private static final double ASSUMED_MUNICIPAL_SHARE = 0.7;
    private static final int MONTHS = 12;

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Clock clock;

    CostBasis(IndicatorCatalog catalog, IndicatorValues values, Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.clock = clock;
    }

    Optional<Cost> of(Indicator share, Period period) {
        Matcher register = REGISTER_SHARE.matcher(share.id());
        String[] jobindsats = JOBINDSATS_SHARES.get(share.id());
        String group = register.matches() ? register.group(1) : jobindsats == null ? null : jobindsats[0];
        if (group == null) {
            return Optional.empty();
        }
        Optional<Cost> fromRegister = registerCost(group);
        if (fromRegister.isPresent() || jobindsats == null) {
            return fromRegister;
        }
        int rateYear = Math.min(period.start().getYear(), DanishFormat.today(clock).getYear());
        var weekly = RateTable.defaults().weekly(jobindsats[1], rateYear);
        return weekly.isPresent()
                ? Optional.of(new Cost(weekly.getAsDouble() * 52 * ASSUMED_MUNICIPAL_SHARE,
                        "satstabellen × en antaget kommunal andel på 70 % (intet register indlæst)"))
                : Optional.empty();
    }

    /** Σ municipal kroner / Σ (full-time persons × days / 365,25) over the twelve newest months, nationally. */
    private Optional<Cost> registerCost(String group) {
        Optional<Indicator> municipal = catalog.find("reg_" + group + "_udgift_kommune");
        Optional<Indicator> fullTime = catalog.find("reg_" + group + "_fuldtid");
        Optional<Period> last = municipal.flatMap(values::freshness).map(Freshness::lastPeriod)
                .filter(p -> p.type() == PeriodType.MONTH);
        if (fullTime.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        Period first = new Period(PeriodType.MONTH, last.get().start().minusMonths(MONTHS - 1L));
        List<Observation> kroner = values.series(municipal.get(), Area.DENMARK, first, last.get());
        List<Observation> persons = values.series(fullTime.get(), Area.DENMARK, first, last.get());
        double sumKroner = 0;
        double personYears = 0;
        for (int m = 0; m < kroner.size(); m++) {
            Double dkk = kroner.get(m).value();
            Double fte = persons.get(m).value();
            if (dkk == null || fte == null) {
                return Optional.empty(); // a year with a gap is no year
            }
            sumKroner += dkk;
            personYears += fte * kroner.get(m).period().days() / 365.25;
        }
        if (personYears <= 0) {
            return Optional.empty();
        }
        String name = fullTime.get().name();
        String benefit = name.contains(":") ? name.substring(0, name.indexOf(':')) : group;
        return Optional.of(new Cost(sumKroner / personYears, "registrets kommunale udgift pr. fuldtidsperson for "
                + benefit + ", " + first.danish() + "-" + last.get().danish()
                + (fullTime.get().isSynthetic() ? " (syntetisk register)" : "")));
    }
}
