package dk.raaderum.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.engine.CprShape;
import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.PasswordPolicy;
import dk.raaderum.security.Role;
import dk.raaderum.security.UserAccounts;

/** The {@code app_user} table behind {@link UserAccounts}; the rules for a valid account are checked here. */
@Service
@Transactional
class JdbcUserAccounts implements UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> all() {
        return jdbc.sql("""
                select username, display_name, role, municipality_code, enabled, sign_in, created_at
                from app_user order by username""").query((rs, n) -> new Account(rs.getString(1), rs.getString(2),
                        Role.valueOf(rs.getString(3)), (Integer) rs.getObject(4), rs.getBoolean(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant())).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return all().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Result create(NewAccount a, String by) {
        String username = a.username() == null ? "" : a.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            return new Result.Refused("username", "Brugernavnet skal være 3-64 tegn: små bogstaver, tal og . _ @ -");
        }
        if (CprShape.containsCpr(username)) {
            return new Result.Refused("username", "Brugernavnet ligner et CPR-nummer; brug et andet");
        }
        if (find(username).isPresent()) {
            return new Result.Refused("username", "Brugernavnet '" + username + "' findes allerede");
        }
        Optional<Result.Refused> invalid = checkScope(a.role(), a.municipality(), a.displayName());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Optional<String> weak = PasswordPolicy.problem(a.password(), username);
        if (weak.isPresent()) {
            return new Result.Refused("password", weak.get());
        }
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, municipality_code, created_at,
                    password_changed_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(username, a.displayName().trim(), encoder.encode(a.password()), a.role().name(), a.municipality(),
                        now(), now()).update();
        audit.record(by, a.municipality(), "opret bruger", username, "ok", a.role().name());
        return new Result.Done(username);
    }

    @Override
    public Result change(String username, Role role, Integer municipality, String displayName, String by) {
        Optional<Account> existing = find(username);
        if (existing.isEmpty()) {
            return new Result.Refused("username", "Brugeren findes ikke");
        }
        Optional<Result.Refused> invalid = checkScope(role, municipality, displayName);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (existing.get().role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && lastAdministrator(username)) {
            return new Result.Refused("role", "Den sidste aktive administrator kan ikke få en anden rolle");
        }
        jdbc.sql("update app_user set role = ?, municipality_code = ?, display_name = ? where username = ?")
                .params(role.name(), municipality, displayName.trim(), username).update();
        audit.record(by, municipality, "ændr bruger", username, "ok", role.name()
                + (municipality == null ? " (netværket)" : " (kommune " + municipality + ")"));
        return new Result.Done(username);
    }

    @Override
    public Result setEnabled(String username, boolean enabled, String by) {
        Optional<Account> existing = find(username);
        if (existing.isEmpty()) {
            return new Result.Refused("username", "Brugeren findes ikke");
        }
        if (!enabled && existing.get().role() == Role.ADMINISTRATOR && lastAdministrator(username)) {
            return new Result.Refused("enabled", "Den sidste aktive administrator kan ikke deaktiveres");
        }
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update();
        audit.record(by, existing.get().municipality(), enabled ? "aktivér bruger" : "deaktivér bruger", username, "ok",
                null);
        return new Result.Done(username);
    }

    @Override
    public Result resetPassword(String username, String newPassword, String by) {
        Optional<Account> existing = find(username);
        if (existing.isEmpty()) {
            return new Result.Refused("username", "Brugeren findes ikke");
        }
        if ("SSO".equals(existing.get().signIn())) {
            return new Result.Refused("password", "Brugeren logger ind via single sign-on og har ingen adgangskode her");
        }
        Optional<String> weak = PasswordPolicy.problem(newPassword, username);
        if (weak.isPresent()) {
            return new Result.Refused("password", weak.get());
        }
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ? where username = ?")
                .params(encoder.encode(newPassword), now(), username).update();
        audit.record(by, existing.get().municipality(), "nulstil adgangskode", username, "ok", null);
        return new Result.Done(username);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return jdbc.sql("select exists (select 1 from app_user where role = 'ADMINISTRATOR' and enabled)")
                .query(Boolean.class).single();
    }

    private boolean lastAdministrator(String username) {
        return jdbc.sql("select count(*) from app_user where role = 'ADMINISTRATOR' and enabled and username <> ?")
                .param(username).query(Long.class).single() == 0;
    }

    private Optional<Result.Refused> checkScope(Role role, Integer municipality, String displayName) {
        if (role == null) {
            return Optional.of(new Result.Refused("role", "Vælg en rolle"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            return Optional.of(new Result.Refused("displayName", "Skriv brugerens navn eller funktion (højst 200 tegn)"));
        }
        if (CprShape.containsCpr(displayName)) {
            return Optional.of(new Result.Refused("displayName", "Navnet indeholder noget, der ligner et CPR-nummer"));
        }
        boolean network = municipality == null;
        if (network && role != Role.ANALYTIKER && role != Role.ADMINISTRATOR) {
            return Optional.of(new Result.Refused("municipality",
                    "En " + role.danish().toLowerCase() + " skal høre til en kommune"));
        }
        if (!network && role == Role.ADMINISTRATOR) {
            return Optional.of(new Result.Refused("municipality", "En administrator hører ikke til en bestemt kommune"));
        }
        if (!network && !jdbc.sql("select exists (select 1 from municipality where code = ?)").param(municipality)
                .query(Boolean.class).single()) {
            return Optional.of(new Result.Refused("municipality", "Kommunekoden " + municipality + " findes ikke"));
        }
        return Optional.empty();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
