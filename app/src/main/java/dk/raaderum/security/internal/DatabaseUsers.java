package dk.raaderum.security.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.Role;

/**
 * Local users from the {@code app_user} table, with their role and scope as authorities
 * ({@code ROLE_LEDER}, {@code KOMMUNE_575} or {@code NETVAERK}). Single-sign-on users have no password here and
 * cannot log in with one.
 */
@Service
class DatabaseUsers implements UserDetailsService {

    private final JdbcClient jdbc;

    DatabaseUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                select username, password_hash, role, municipality_code, enabled from app_user
                where username = ? and sign_in = 'LOKAL' and password_hash is not null""")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .disabled(!rs.getBoolean(5))
                        .authorities(authorities(Role.valueOf(rs.getString(3)), (Integer) rs.getObject(4)))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static List<SimpleGrantedAuthority> authorities(Role role, Integer municipality) {
        return List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(
                municipality == null ? CurrentUser.NETWORK_AUTHORITY : CurrentUser.municipalityAuthority(municipality)));
    }
}
