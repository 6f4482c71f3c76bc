package dk.raaderum.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The target groups of the employment effort, with the register engine's benefit groups whose costs belong to
 * them (a benefit group may serve more than one target group, so costs are shown per group, not added up).
 */
public enum TargetGroup {
    TVAERGAAENDE("Tværgående", List.of("alle_ydelser")),
    UDDANNELSESPARATE_UNGE("Uddannelsesparate unge", List.of("uddannelseshjaelp")),
    AKTIVITETSPARATE_UNGE("Aktivitetsparate unge under 30", List.of("uddannelseshjaelp")),
    JOBPARATE("Jobparate", List.of("a_dagpenge")),
    LANGTIDSLEDIGE("Langtidsledige", List.of()),
    SYGEMELDTE("Sygemeldte", List.of("sygedagpenge", "jobafklaringsforloeb")),
    FLEKSJOBVISITEREDE("Fleksjobvisiterede", List.of("fleksjob", "ledighedsydelse")),
    AKTIVITETSPARATE_KONTANTHJAELP("Aktivitetsparate kontanthjælpsmodtagere", List.of("kontanthjaelp")),
    RESSOURCEFORLOEB("Borgere i ressourceforløb", List.of("ressourceforloeb")),
    FLYGTNINGE("Flygtninge", List.of("selvforsoergelses_og_hjemrejseydelse"));

    private final String danish;
    private final List<String> registerGroups;

    TargetGroup(String danish, List<String> registerGroups) {
        this.danish = danish;
        this.registerGroups = registerGroups;
    }

    public String danish() {
        return danish;
    }

    /** The register engine's benefit groups ({@code reg_<gruppe>_…}) whose cost is this group's cost. */
    public List<String> registerGroups() {
        return registerGroups;
    }

    /** The groups that get a motorvej: every group except the cross-cutting one. */
    public boolean hasMotorvej() {
        return this != TVAERGAAENDE;
    }

    /** Reads the constant's name or its Danish label, ignoring case. */
    public static Optional<TargetGroup> parse(String text) {
        return Arrays.stream(values())
                .filter(g -> g.name().equalsIgnoreCase(text) || g.danish.equalsIgnoreCase(text))
                .findFirst();
    }
}
