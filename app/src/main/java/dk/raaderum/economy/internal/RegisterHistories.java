package dk.raaderum.economy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.raaderum.importing.Imports;
import dk.raaderum.importing.StoredRegister;
import dk.raaderum.platform.Progress;
import dk.raaderum.register.RegisterEngine;
import dk.raaderum.register.WeeksOutcome;

/**
 * The kept register's persons of a municipality, read once per register import and municipality and kept for the
 * last few municipalities asked for (a read of the 200,000-person demo register takes a few seconds).
 */
@Component
class RegisterHistories {

    /** The histories, and the register they came from (for its source and freshness). */
    record Read(StoredRegister register, Histories histories) {
    }

    private static final int KEPT = 6;

    private final Imports imports;
    private final Map<String, Read> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
            return size() > KEPT;
        }
    };

    RegisterHistories(Imports imports) {
        this.imports = imports;
    }

    /** Empty when no register copy is kept, or it cannot be read. */
    synchronized Optional<Read> of(int municipality) {
        Optional<StoredRegister> stored = imports.storedRegister();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredRegister register = stored.get();
        String key = register.importId() + "/" + municipality;
        Read read = cache.get(key);
        if (read == null) {
            HistoriesSink sink = new HistoriesSink(municipality);
            WeeksOutcome outcome = new RegisterEngine().keptWeeks(register.file(), sink, Progress.SILENT);
            if (!(outcome instanceof WeeksOutcome.Read)) {
                return Optional.empty();
            }
            read = new Read(register, new Histories(sink.persons(), register.firstWeek(), register.lastWeek(),
                    register.weight()));
            cache.put(key, read);
        }
        return Optional.of(read);
    }
}
