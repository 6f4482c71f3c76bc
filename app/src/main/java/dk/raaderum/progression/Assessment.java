package dk.raaderum.progression;

import java.time.LocalDate;
import java.util.Map;

/**
 * One assessment of a citizen at a conversation: per dimension the caseworker's score and, when asked, the citizen's
 * own, each 1 to 5; a dimension that is absent was not assessed ("ikke vurderet").
 *
 * @param effort the effort the citizen was in at the time (null when none was recorded)
 */
public record Assessment(LocalDate date, Effort effort, Map<String, Integer> caseworker, Map<String, Integer> citizen) {

    public Assessment {
        caseworker = Map.copyOf(caseworker);
        citizen = Map.copyOf(citizen);
    }
}
