package dk.raaderum.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking: the user's name, role and scope (one municipality, or the partnership network), read from the
 * authorities every login method grants ({@code ROLE_…} and {@code KOMMUNE_575} or {@code NETVAERK}).
 */
public record CurrentUser(String name, Optional<Role> role, Optional<Integer> municipality, boolean network) {

    public static final String NETWORK_AUTHORITY = "NETVAERK";
    private static final String MUNICIPALITY_PREFIX = "KOMMUNE_";

    /** The authority of a user who belongs to the municipality. */
    public static String municipalityAuthority(int code) {
        return MUNICIPALITY_PREFIX + code;
    }

    public static Optional<CurrentUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Optional<Role> role = authorities.stream().filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).flatMap(r -> Role.parse(r).stream()).findFirst();
        Optional<Integer> municipality = authorities.stream().filter(a -> a.startsWith(MUNICIPALITY_PREFIX))
                .map(a -> Integer.parseInt(a.substring(MUNICIPALITY_PREFIX.length()))).findFirst();
        return Optional.of(new CurrentUser(authentication.getName(), role, municipality,
                authorities.contains(NETWORK_AUTHORITY)));
    }

    public boolean hasRole(Role wanted) {
        return role.filter(r -> r == wanted).isPresent();
    }

    public boolean belongsTo(int code) {
        return municipality.filter(m -> m == code).isPresent();
    }
}
