package dk.raaderum.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.raaderum.geography.Area;

/**
 * Computes an indicator for any area and period from stored values:
 * a stored (published) value wins; a share is numerator over denominator, each computed the same way;
 * a quarter or year rolls the months up by the indicator's rule; a landsdel, region or the country
 * sums its municipalities. Anything that depends on a missing or suppressed value is missing, never 0.
 */
public final class IndicatorCalculator {

    private final Map<String, Indicator> catalog;
    private final StoredValues stored;
    private final Function<Area, List<Area>> municipalitiesIn;

    public IndicatorCalculator(Map<String, Indicator> catalog, StoredValues stored,
            Function<Area, List<Area>> municipalitiesIn) {
        this.catalog = catalog;
        this.stored = stored;
        this.municipalitiesIn = municipalitiesIn;
    }

    public Observation observe(Indicator indicator, Area area, Period period) {
        return new Observation(area, period, value(indicator, area, period));
    }

    /**
     * The value for a group of municipalities that is not an area of its own (such as comparable
     * municipalities): counts are summed, shares are the ratio of the summed numerators and denominators.
     */
    public Double groupValue(Indicator indicator, List<Area> members, Period period) {
        if (indicator.isRatio()) {
            Double numerator = groupValue(catalog.get(indicator.numeratorId()), members, period);
            Double denominator = groupValue(catalog.get(indicator.denominatorId()), members, period);
            return numerator == null || denominator == null || denominator == 0 ? null
                    : numerator / denominator * indicator.factor();
        }
        return indicator.geoAggregation() == GeoAggregation.SUM ? sum(indicator, members, period) : null;
    }

    Double value(Indicator indicator, Area area, Period period) {
        if (stored.contains(indicator.id(), area, period)) {
            return stored.get(indicator.id(), area, period);
        }
        if (indicator.isRatio()) {
            return ratio(indicator, area, period);
        }
        if (period.type() != PeriodType.MONTH) {
            return rollUp(indicator, area, period);
        }
        if (!area.isMunicipality() && indicator.geoAggregation() == GeoAggregation.SUM) {
            return sumOfMunicipalities(indicator, area, period);
        }
        return null;
    }

    private Double ratio(Indicator indicator, Area area, Period period) {
        Double numerator = value(catalog.get(indicator.numeratorId()), area, period);
        Double denominator = value(catalog.get(indicator.denominatorId()), area, period);
        if (numerator == null || denominator == null || denominator == 0) {
            return null;
        }
        return numerator / denominator * indicator.factor();
    }

    private Double rollUp(Indicator indicator, Area area, Period period) {
        List<Period> months = period.months();
        if (indicator.timeRollUp() == TimeRollUp.LAST) {
            return value(indicator, area, months.get(months.size() - 1));
        }
        double weighted = 0;
        int days = 0;
        for (Period month : months) {
            Double v = value(indicator, area, month);
            if (v == null) {
                return null;
            }
            int weight = indicator.timeRollUp() == TimeRollUp.SUM ? 1 : month.days();
            weighted += v * weight;
            days += month.days();
        }
        return indicator.timeRollUp() == TimeRollUp.SUM ? weighted : weighted / days;
    }

    private Double sumOfMunicipalities(Indicator indicator, Area area, Period period) {
        return sum(indicator, municipalitiesIn.apply(area), period);
    }

    private Double sum(Indicator indicator, List<Area> members, Period period) {
        if (members.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Area member : members) {
            Double v = value(indicator, member, period);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }
}
