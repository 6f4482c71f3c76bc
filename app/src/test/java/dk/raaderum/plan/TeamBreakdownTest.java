package dk.raaderum.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeamBreakdownTest {

    @Test
    void team_targets_for_a_count_must_add_up_to_the_goal() {
        List<TeamTarget> teams = List.of(new TeamTarget("Team Nord", 200, "A"), new TeamTarget("Team Syd", 260, "B"));

        assertThat(TeamBreakdown.check(460, Direction.NED, true, teams, 0)).isEmpty();
        assertThat(TeamBreakdown.check(450, Direction.NED, true, teams, 0))
                .singleElement().asString().contains("460", "450");
        assertThat(TeamBreakdown.check(470, Direction.OP, true, teams, 0)).hasSize(1);
    }

    @Test
    void every_team_target_for_a_share_must_be_at_least_as_ambitious_as_the_goal() {
        List<TeamTarget> teams = List.of(new TeamTarget("Team Nord", 2.4, "A"), new TeamTarget("Team Syd", 2.7, "B"));

        assertThat(TeamBreakdown.check(2.8, Direction.NED, false, teams, 1)).isEmpty();
        assertThat(TeamBreakdown.check(2.5, Direction.NED, false, teams, 1))
                .singleElement().asString().contains("Team Syd", "2,7", "2,5");
    }

    @Test
    void a_goal_without_teams_has_nothing_to_check() {
        assertThat(TeamBreakdown.check(1, Direction.OP, true, List.of(), 0)).isEmpty();
    }

    @Test
    void for_a_share_where_higher_is_better_a_team_below_the_goal_is_named_and_one_exactly_on_it_is_not() {
        List<TeamTarget> teams = List.of(new TeamTarget("Team Nord", 60.0, "A"), new TeamTarget("Team Syd", 59.9, "B"));

        assertThat(TeamBreakdown.check(60, Direction.OP, false, teams, 1)).containsExactly(
                "Team Syd har målet 59,9, som er mindre ambitiøst end kommunens mål på 60,0.");
    }

    @Test
    void counts_that_add_up_exactly_to_the_goal_are_enough_and_the_message_gives_both_sums() {
        List<TeamTarget> teams = List.of(new TeamTarget("Team Nord", 200, "A"), new TeamTarget("Team Syd", 260, "B"));

        assertThat(TeamBreakdown.check(460, Direction.OP, true, teams, 0)).isEmpty();
        assertThat(TeamBreakdown.check(461, Direction.OP, true, teams, 0))
                .containsExactly("Holdenes mål giver tilsammen 460, men kommunens mål er 461.");
    }
}
