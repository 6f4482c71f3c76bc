package dk.raaderum.report;

import java.util.List;

import dk.raaderum.plan.GoalStatus;

/** The figures the written summary is made from; every field may be missing (null), and then the text says so. */
public final class ReportFigures {

    private ReportFigures() {
    }

    /**
     * A key figure in a period and the same period a year before, with the country's value for shares.
     *
     * @param share true for a percentage (differences in procentpoint), false for a count
     */
    public record KeyFigure(String name, String unit, int decimals, boolean share, Double value, Double lastYear,
            Double country) {
    }

    /** A share against the level the municipality's framework conditions predict (90 % interval). */
    public record Expected(String name, Double actual, Double expected, Double lower, Double upper, Double persons,
            Double dkk) {
    }

    /** The municipality's cost after refusion in the period, and the part spent on spells beyond a year. */
    public record Economy(Double municipalCost, Double beyondOneYear) {
    }

    /** The statuses of the plan's goals; {@code goals} is null when the reader may not see the plan. */
    public record Goals(Integer planYear, List<GoalStatus> goals) {
    }
}
