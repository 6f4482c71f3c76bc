package dk.raaderum.importing;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The copy of the newest imported register that Råderum keeps in {@code RAADERUM_HOME/register} (owner-only; personal
 * data, pseudonymised), for forecasts and business cases that need the individual spells. It is replaced wholesale
 * by the next register import; no page or API ever shows it raw.
 *
 * @param weight    how many persons each person in the file stands for, as the import was told
 * @param firstWeek the register's first week (index, see {@link dk.raaderum.engine.IsoWeek#index()})
 * @param lastWeek  its last week
 */
public record StoredRegister(long importId, Path file, double weight, String source, int firstWeek, int lastWeek,
        long persons) {

    /** Whether it is synthetic (the demo register), which every figure from it must say. */
    public boolean synthetic() {
        return source.toLowerCase(Locale.ROOT).contains("syntetisk");
    }
}
