package dk.raaderum.security.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dk.raaderum.security.Role;

/** Users from the {@code app_user} table; a municipality code becomes an authority such as {@code KOMMUNE_575}. */
@Service
class DatabaseUsers implements UserDetailsService {

    /** The authority of a user who belongs to the partnership network rather than to one municipality. */
    static final String NETWORK = "NETVAERK";

    private final JdbcClient jdbc;

    DatabaseUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, municipality_code, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString(3));
                    int code = rs.getInt(4);
                    String scope = rs.wasNull() ? NETWORK : municipalityAuthority(code);
                    return User.withUsername(rs.getString(1)).password(rs.getString(2))
                            .disabled(!rs.getBoolean(5))
                            .authorities(List.of(new SimpleGrantedAuthority(role.authority()),
                                    new SimpleGrantedAuthority(scope)))
                            .build();
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static String municipalityAuthority(int code) {
        return "KOMMUNE_" + code;
    }
}
