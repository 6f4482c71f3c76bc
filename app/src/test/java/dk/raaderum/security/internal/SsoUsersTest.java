package dk.raaderum.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.raaderum.security.Role;

class SsoUsersTest {

    private final SsoUsers sso = new SsoUsers(new SsoUsers.Settings(null, null, "groups", Map.of(
            "ledere-vejen", "LEDER:575", "sagsbehandlere-vejen", "SAGSBEHANDLER:575", "ledere-aarhus", "LEDER:751",
            "kl", "ANALYTIKER:NETVAERK")), null);

    @Test
    void the_strongest_role_of_the_users_groups_in_one_municipality_wins() {
        SsoUsers.Grant grant = sso.grant(List.of("sagsbehandlere-vejen", "ledere-vejen", "ukendt"));
        assertThat(grant.role()).isEqualTo(Role.LEDER);
        assertThat(grant.municipality()).isEqualTo(575);
        assertThat(sso.grant(List.of("kl")).municipality()).isNull();
    }

    @Test
    void groups_in_two_municipalities_or_no_mapped_group_are_refused() {
        assertThatThrownBy(() -> sso.grant(List.of("ledere-vejen", "ledere-aarhus"))).hasMessageContaining("flere kommuner");
        assertThatThrownBy(() -> sso.grant(List.of("alle"))).hasMessageContaining("ingen rolle");
    }

    @Test
    void a_mapping_to_an_unknown_role_stops_the_start() {
        assertThatThrownBy(() -> new SsoUsers(new SsoUsers.Settings(null, null, null, Map.of("x", "KONGE:575")), null))
                .hasMessageContaining("ukendt rolle");
    }
}
