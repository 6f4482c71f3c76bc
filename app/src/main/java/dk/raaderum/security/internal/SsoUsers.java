package dk.raaderum.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import dk.raaderum.engine.CprShape;
import dk.raaderum.security.Role;

/**
 * Single sign-on with the municipality's own identity provider (OpenID Connect, e.g. Microsoft Entra ID). The
 * provider vouches for who the user is; Råderum's role and municipality come from one claim (groups or app roles)
 * mapped by configuration ({@code raaderum.sso.mapping[<claim value>]=LEDER:575} or {@code =ANALYTIKER:NETVAERK}).
 * A user with no mapping, or mappings to two municipalities, is refused; every sign-in updates the user's row in
 * {@code app_user} (without a password), so administrators see SSO users and can deactivate them.
 */
@Component
@EnableConfigurationProperties(SsoUsers.Settings.class)
class SsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String FAILURE = "raaderum.sso.fejl";

    /** Which claims carry the user name, the display name and the groups or roles, and how groups map. */
    @ConfigurationProperties("raaderum.sso")
    record Settings(String usernameClaim, String nameClaim, String groupsClaim, Map<String, String> mapping) {
        Settings {
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
            nameClaim = nameClaim == null ? "name" : nameClaim;
            groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
            mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        }
    }

    /** A role in a municipality (null: the network), from one mapping entry. */
    record Grant(Role role, Integer municipality) {
        static Grant parse(String text) {
            String[] parts = text.split(":");
            Role role = Role.parse(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "raaderum.sso.mapping: ukendt rolle '" + parts[0] + "'"));
            Integer municipality = parts.length < 2 || parts[1].equalsIgnoreCase("NETVAERK") ? null
                    : Integer.valueOf(parts[1].trim());
            return new Grant(role, municipality);
        }
    }

    private final OidcUserService delegate = new OidcUserService();
    private final Settings settings;
    private final JdbcClient jdbc;

    SsoUsers(Settings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
        settings.mapping().values().forEach(Grant::parse); // a bad mapping fails at start, not at a user's sign-in
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provider = delegate.loadUser(request);
        String username = Optional.ofNullable(provider.getClaimAsString(settings.usernameClaim()))
                .orElseThrow(() -> refuse("Identitetsudbyderen sendte ikke brugernavnet (" + settings.usernameClaim() + ")"));
        if (CprShape.containsCpr(username)) {
            throw refuse("Brugernavnet fra identitetsudbyderen ligner et CPR-nummer og kan ikke bruges");
        }
        Grant grant = grant(claimValues(provider.getClaim(settings.groupsClaim())));
        String name = Optional.ofNullable(provider.getClaimAsString(settings.nameClaim())).orElse(username);
        Boolean enabled = jdbc.sql("select enabled from app_user where username = ?").param(username)
                .query(Boolean.class).optional().orElse(true);
        if (!enabled) {
            throw refuse("Din bruger er deaktiveret i Råderum; kontakt en administrator");
        }
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_code, sign_in)
                values (?, ?, null, ?, ?, 'SSO')
                on conflict (username) do update set display_name = excluded.display_name, role = excluded.role,
                    municipality_code = excluded.municipality_code, sign_in = 'SSO', password_hash = null""")
                .params(username, name, grant.role().name(), grant.municipality()).update();
        List<GrantedAuthority> authorities = new ArrayList<>(DatabaseUsers.authorities(grant.role(), grant.municipality()));
        return new DefaultOidcUser(authorities, provider.getIdToken(), provider.getUserInfo(), settings.usernameClaim());
    }

    /** The one grant the user's claim values map to; refused when there is none, or two municipalities. */
    Grant grant(Collection<String> values) {
        Set<Grant> grants = new LinkedHashSet<>();
        for (String value : values) {
            Optional.ofNullable(settings.mapping().get(value)).map(Grant::parse).ifPresent(grants::add);
        }
        if (grants.isEmpty()) {
            throw refuse("Din bruger har ingen rolle i Råderum. Bed en administrator om at give din gruppe en rolle.");
        }
        if (grants.stream().map(Grant::municipality).distinct().count() > 1) {
            throw refuse("Din bruger er knyttet til flere kommuner i Råderum; det kan ikke afgøres, hvilken der gælder.");
        }
        // the strongest role wins within one municipality
        return grants.stream().min((a, b) -> Integer.compare(rank(a.role()), rank(b.role()))).orElseThrow();
    }

    private static int rank(Role role) {
        return List.of(Role.ADMINISTRATOR, Role.LEDER, Role.ANALYTIKER, Role.SAGSBEHANDLER, Role.POLITIKER).indexOf(role);
    }

    private static List<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refuse(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("raaderum_refused", message, null), message);
    }

    /** Back to the login page with the reason in Danish (only Råderum's own reasons are shown). */
    AuthenticationFailureHandler failureHandler() {
        return (request, response, e) -> {
            String message = e instanceof OAuth2AuthenticationException o && "raaderum_refused".equals(o.getError().getErrorCode())
                    ? o.getError().getDescription() : "Log ind via identitetsudbyderen mislykkedes. Prøv igen.";
            request.getSession().setAttribute(FAILURE, message);
            response.sendRedirect(request.getContextPath() + "/login?sso-fejl");
        };
    }
}
