package dk.raaderum.platform.database;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration, when the application logs in with its own role (not the schema owner's), that role gets
 * data privileges on every table and nothing more on the audit trail than to read and add: the trail is
 * append-only for the application, whatever its code does.
 */
final class SchemaPrivileges implements Callback {

    /** Tables the application may only read and add to. */
    static final String[] APPEND_ONLY = {"audit_event"};

    private final DatabaseConfiguration.DatabaseLogins logins;

    SchemaPrivileges(DatabaseConfiguration.DatabaseLogins logins) {
        this.logins = logins;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && logins.separateOwner();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        grant(context.getConnection(), logins.app().user());
    }

    /** Data privileges on every table for the application's role; read and add only on the audit trail. */
    static void grant(java.sql.Connection connection, String appRole) {
        String app = identifier(appRole);
        try (Statement s = connection.createStatement()) {
            s.execute("grant select, insert, update, delete on all tables in schema public to " + app);
            s.execute("grant usage, select on all sequences in schema public to " + app);
            if (exists(s, "flyway_schema_history")) {
                s.execute("revoke insert, update, delete, truncate on flyway_schema_history from " + app);
            }
            for (String table : APPEND_ONLY) {
                if (exists(s, table)) {
                    s.execute("revoke update, delete, truncate on " + table + " from " + app);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke give " + appRole + " adgang til tabellerne: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "raaderum-privileges";
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("select to_regclass('public." + table + "') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** A role name as a quoted SQL identifier. */
    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
