package dk.raaderum.importing;

import java.util.Set;

/**
 * Published inside an import's transaction once its values are written; listeners that act after commit
 * ({@code @TransactionalEventListener}) see it only when the import committed. An import by the command line in
 * another process publishes nothing here, so a cache must still key on {@code DataVersion} to be correct; the event
 * lets it drop what no longer can be read at once.
 *
 * @param importId   the {@code data_import} row, or 0 when values were removed rather than imported
 * @param indicators the indicators whose values changed
 */
public record IndicatorsImported(long importId, Set<String> indicators) {

    public IndicatorsImported {
        indicators = Set.copyOf(indicators);
    }
}
