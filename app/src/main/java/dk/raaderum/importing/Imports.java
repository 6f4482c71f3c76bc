package dk.raaderum.importing;

import dk.raaderum.platform.Progress;
import java.nio.file.Path;
import java.util.Map;

/** Imports of public statistics. Each is one transaction: all of it is stored, or nothing. */
public interface Imports {

    /** The Jobindsats extract shipped with Råderum (or a file in the same long format). */
    ImportOutcome jobindsatsExtract(Path file, String user, Progress progress);

    /** The shipped extract from the application's own resources. */
    ImportOutcome shippedJobindsatsExtract(String user, Progress progress);

    /**
     * A response saved from the Jobindsats API, v2 ({@code [{"Variables":…,"Data":…}]}) or v3
     * ({@code {columns, rows}}).
     *
     * @param measures measure column → indicator id
     * @param filters  other column → the value to keep
     */
    ImportOutcome jobindsatsApi(Path file, Map<String, String> measures, Map<String, String> filters, String user,
            Progress progress);

    /** A Statistics Denmark CSV export ({@code ;}, Danish decimals, {@code ..} for missing) into one indicator. */
    ImportOutcome statisticsDenmark(Path file, DstTarget target, Map<String, String> filters, String user,
            Progress progress);

    /**
     * An individual-level weekly register (spec: specs/register.md), replayed through the refusion ledger and
     * stored as monthly indicators per municipality and benefit group ({@code reg_<gruppe>_<mål>}).
     *
     * @param weight how many persons each person in the file stands for (1 for a full register)
     * @param source the name shown as the figures' source
     */
    ImportOutcome register(Path file, double weight, String source, String user, Progress progress);

    /**
     * The group figures of a register replayed elsewhere (the Spark job's {@code --figures} file, see
     * {@link dk.raaderum.engine.GroupFiguresFile}), stored as the same indicators {@link #register} stores for the
     * register itself. No copy of the register is kept, so nothing replays individual spells from it.
     */
    ImportOutcome registerFigures(Path file, double weight, String source, String user, Progress progress);

    /**
     * The copy of the newest imported register, for replaying individual spells (forecasts, business cases); empty
     * when no register is imported or the newest was imported before copies were kept.
     */
    java.util.Optional<StoredRegister> storedRegister();

    /** True when no Jobindsats values are stored yet. */
    boolean nothingImported();

    /** True when no register has been imported yet. */
    boolean noRegisterImported();

    /** True when the register now loaded is synthetic (the demo register). */
    boolean syntheticRegisterLoaded();

    /**
     * Removes the synthetic register and every figure from it, in one transaction, audited; a real register is never
     * touched. Returns the number of values removed (0 when there was no synthetic register).
     */
    int removeSyntheticRegister(String user);

    /**
     * The indicator a Statistics Denmark import fills; name and unit are needed only for a new one.
     *
     * @param unit ANTAL, FULDTIDSPERSONER, PROCENT or KRONER
     */
    record DstTarget(String indicatorId, String name, String unit) {
    }
}
