package dk.raaderum.plan;

import java.time.Instant;

/**
 * The political principles for one target group in one year: what the effort is, what the jobcentre does
 * beyond the legal minimum, how availability and sanctions are handled, the intended activation mix (per cent
 * of activation: company-based, education, municipal projects, nytteindsats; null when not set) and the budget.
 */
public record Motorvej(int municipality, int year, TargetGroup group, String principles, String beyondMinimum,
        String availability, Double mixCompany, Double mixEducation, Double mixProjects, Double mixNytte,
        Double budgetDkk, String changedBy, Instant changedAt) {

    public boolean describesEffort() {
        return !principles.isBlank() || !beyondMinimum.isBlank();
    }
}
