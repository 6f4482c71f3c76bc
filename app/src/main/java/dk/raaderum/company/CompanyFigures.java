package dk.raaderum.company;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules behind the company metrics, for one period [{@code from}, {@code to}):
 * <ul>
 * <li>companies collaborating: distinct companies with at least one løntilskud, virksomhedspraktik or fleksjob
 * running at some time in the period;</li>
 * <li>placements started: those efforts that started in the period, and how many of them in private companies;</li>
 * <li>followed six months: efforts that ended in the period, once six months have passed since the period's end,
 * and how many of them ended in ordinary work or education within six months of the end;</li>
 * <li>the median answer time in days to inquiries received in the period; an unanswered one counts as slower than
 * every answered one, so the median is unknown while half or more are unanswered;</li>
 * <li>answered within the service level: of the inquiries received in the period whose deadline has passed or that
 * were answered, those answered within the level.</li>
 * </ul>
 */
public final class CompanyFigures {

    public static final int FOLLOW_MONTHS = 6;

    private CompanyFigures() {
    }

    /** A placement as the metrics need it (no citizen). */
    public record Placement(String cvr, PlacementKind kind, Sector sector, LocalDate start, LocalDate end,
            PlacementOutcome outcome, LocalDate outcomeOn) {
    }

    public record Inquiry(LocalDateTime received, LocalDateTime answered) {
    }

    /** A count and the part of it that has the property (private, in work). */
    public record Split(int total, int part) {
    }

    public static int collaborating(List<Placement> placements, LocalDate from, LocalDate to) {
        return (int) placements.stream().filter(p -> p.kind().isEffort() && p.start().isBefore(to)
                && (p.end() == null || !p.end().isBefore(from))).map(Placement::cvr).distinct().count();
    }

    public static Split started(List<Placement> placements, LocalDate from, LocalDate to) {
        List<Placement> started = placements.stream().filter(p -> p.kind().isEffort() && !p.start().isBefore(from)
                && p.start().isBefore(to)).toList();
        return new Split(started.size(), (int) started.stream().filter(p -> p.sector() == Sector.PRIVAT).count());
    }

    /** Empty while six months have not passed since the period's end. */
    public static Optional<Split> followed(List<Placement> placements, LocalDate from, LocalDate to, LocalDate today) {
        if (to.minusDays(1).plusMonths(FOLLOW_MONTHS).isAfter(today)) {
            return Optional.empty();
        }
        List<Placement> ended = placements.stream().filter(p -> p.kind().isEffort() && p.end() != null
                && !p.end().isBefore(from) && p.end().isBefore(to)).toList();
        int inWork = (int) ended.stream().filter(p -> p.outcome() != null && p.outcome().isWorkOrEducation()
                && p.outcomeOn() != null && !p.outcomeOn().isAfter(p.end().plusMonths(FOLLOW_MONTHS))).count();
        return Optional.of(new Split(ended.size(), inWork));
    }

    public static Optional<Double> medianAnswerDays(List<Inquiry> inquiries, LocalDate from, LocalDate to) {
        List<Inquiry> received = received(inquiries, from, to);
        if (received.isEmpty()) {
            return Optional.empty();
        }
        List<Double> days = new ArrayList<>();
        received.stream().filter(i -> i.answered() != null).map(CompanyFigures::days).sorted().forEach(days::add);
        int n = received.size();
        // the unanswered stand after every answered one: a middle position among them is unknown
        int upper = n / 2;
        int lower = n % 2 == 1 ? upper : upper - 1;
        if (upper >= days.size()) {
            return Optional.empty();
        }
        return Optional.of((days.get(lower) + days.get(upper)) / 2);
    }

    /** Of the inquiries whose outcome is known (answered, or past the deadline), those answered in time. */
    public static Split withinServiceLevel(List<Inquiry> inquiries, LocalDate from, LocalDate to, double levelDays,
            LocalDateTime now) {
        List<Inquiry> decided = received(inquiries, from, to).stream().filter(i -> i.answered() != null
                || hours(i.received(), now) > levelDays * 24).toList();
        return new Split(decided.size(), (int) decided.stream()
                .filter(i -> i.answered() != null && days(i) <= levelDays).count());
    }

    private static List<Inquiry> received(List<Inquiry> inquiries, LocalDate from, LocalDate to) {
        return inquiries.stream().filter(i -> !i.received().toLocalDate().isBefore(from)
                && i.received().toLocalDate().isBefore(to)).toList();
    }

    private static double days(Inquiry i) {
        return hours(i.received(), i.answered()) / 24;
    }

    private static double hours(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes() / 60.0;
    }
}
