package dk.raaderum.progression.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import dk.raaderum.plan.TargetGroup;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.CitizenChange;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.Effort;
import dk.raaderum.progression.ProgressionAggregate;
import dk.raaderum.progression.ProgressionChange;

/** Progression in aggregate for management and the council: no case reference, no individual, small groups withheld. */
@Service
class ProgressionFigures {

    static final String NO_EFFORT = "Ingen indsats registreret";
    static final List<Integer> HORIZONS = List.of(3, 6);

    private final CitizenRepository repository;
    private final ProgressionSettings settings;

    ProgressionFigures(CitizenRepository repository, ProgressionSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    /** What the citizens are grouped by; {@code key} is the name in the API. */
    enum Grouping {
        TARGET_GROUP("targetGroup", "Målgruppe", "maalgruppe"),
        TEAM("team", "Team", "team"),
        EFFORT("effort", "Indsats", "indsats");

        private final String key;
        private final String danish;
        private final String page;

        Grouping(String key, String danish, String page) {
            this.key = key;
            this.danish = danish;
            this.page = page;
        }

        /** The name in the API. */
        public String key() {
            return key;
        }

        public String danish() {
            return danish;
        }

        /** The name in the page's address. */
        public String page() {
            return page;
        }

        static Optional<Grouping> parse(String text) {
            return Arrays.stream(values()).filter(g -> g.key.equalsIgnoreCase(text) || g.page.equalsIgnoreCase(text)
                    || g.name().equalsIgnoreCase(text)).findFirst();
        }
    }

    record Result(Grouping by, int months, LocalDate asOf, ProgressionAggregate.Table table,
            List<Dimension> dimensions, boolean synthetic) {
    }

    Result aggregate(int code, Grouping by, int months, LocalDate asOf) {
        List<Dimension> dimensions = settings.dimensions(code);
        List<ProgressionAggregate.Member> members = new ArrayList<>();
        boolean synthetic = false;
        for (Map.Entry<CitizenRecord.Grouping, List<Assessment>> e : repository.allAssessments(code).entrySet()) {
            Optional<CitizenChange> change = ProgressionChange.over(e.getValue(), months, asOf);
            if (change.isPresent()) {
                members.add(new ProgressionAggregate.Member(group(by, e.getKey(), change.get()), change.get()));
                synthetic |= e.getKey().synthetic();
            }
        }
        return new Result(by, months, asOf, ProgressionAggregate.of(members, order(by, members), dimensions),
                dimensions, synthetic);
    }

    private static String group(Grouping by, CitizenRecord.Grouping citizen, CitizenChange change) {
        return switch (by) {
            case TEAM -> citizen.team();
            case TARGET_GROUP -> citizen.targetGroup().danish();
            case EFFORT -> change.effort() == null ? NO_EFFORT : change.effort().danish();
        };
    }

    private static List<String> order(Grouping by, List<ProgressionAggregate.Member> members) {
        return switch (by) {
            case TEAM -> members.stream().map(ProgressionAggregate.Member::group).distinct()
                    .sorted(Collator.getInstance(DanishFormat.DANISH)).toList();
            case TARGET_GROUP -> Arrays.stream(TargetGroup.values()).map(TargetGroup::danish).toList();
            case EFFORT -> Stream.concat(Arrays.stream(Effort.values()).map(Effort::danish), Stream.of(NO_EFFORT))
                    .toList();
        };
    }
}
