package dk.raaderum.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users who log in with a password kept by Råderum (single-sign-on users are listed too, but their password is
 * their identity provider's). Every change is audited; passwords follow {@link PasswordPolicy}.
 */
public interface UserAccounts {

    List<Account> all();

    Optional<Account> find(String username);

    Result create(NewAccount account, String by);

    /** Changes role, municipality (null: the network) and name. */
    Result change(String username, Role role, Integer municipality, String displayName, String by);

    Result setEnabled(String username, boolean enabled, String by);

    Result resetPassword(String username, String newPassword, String by);

    /** True when at least one administrator can log in. */
    boolean hasAdministrator();

    record Account(String username, String displayName, Role role, Integer municipality, boolean enabled,
            String signIn, Instant createdAt) {
    }

    record NewAccount(String username, String displayName, Role role, Integer municipality, String password) {
    }

    /** Done, or refused with the field (as the form names it) and a Danish message. */
    sealed interface Result {
        record Done(String username) implements Result {
        }

        record Refused(String field, String message) implements Result {
        }
    }
}
