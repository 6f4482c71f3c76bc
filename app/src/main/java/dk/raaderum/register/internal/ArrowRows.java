package dk.raaderum.register.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.ViewVarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

import dk.raaderum.engine.BenefitRule;
import dk.raaderum.engine.CprShape;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RulesTable;

/**
 * Reads a register's rows from DuckDB as Arrow batches ({@code person_id, week, municipality, benefit,
 * amount}, text as string views), checks each row against spec § 1 and hands it to a {@link Sink}, with a
 * call at each new person. Person ids are compared as bytes in place; an id is decoded to text once per
 * person, for the CPR and length checks. Week and benefit texts are looked up by their inline bytes.
 *
 * <p>With {@code ordered} the stream must come ordered by person id (as bytes) and week: each person's rows
 * together, persons in increasing order, weeks not decreasing within a person. That is what lets the caller
 * skip DuckDB's sort; at the first row that breaks it, {@link Unordered} is thrown and the caller sorts.
 */
final class ArrowRows {

    /** Where the checked rows go. */
    interface Sink {
        void person(String id) throws IOException;

        /** {@code amount} is NaN when the row has none (the rate table prices it). */
        void row(int week, int municipality, int benefit, double amount) throws IOException;

        /** Checks only. */
        Sink NONE = new Sink() {
            @Override
            public void person(String id) {
            }

            @Override
            public void row(int week, int municipality, int benefit, double amount) {
            }
        };
    }

    /** The stream is not ordered by person and week. */
    static final class Unordered extends RuntimeException {
        Unordered() {
            super("the register is not ordered by person_id and week", null, false, false);
        }
    }

    /** A row breaks spec § 1; its row number when the stream has them (a sixth column), else -1. */
    static final class Faulty extends RuntimeException {
        final long rowNumber;

        Faulty(long rowNumber) {
            super("faulty row", null, false, false);
            this.rowNumber = rowNumber;
        }
    }

    private static final int MAX_ID_BYTES = 64 * 4;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final RulesTable rules;
    private final boolean[] municipality = new boolean[1000];
    private final int firstWeek;
    private final int lastWeek;
    private final boolean[][] hasRate;     // [benefit][week - firstWeek]
    private final boolean ordered;
    private final InlineCodes weeks = new InlineCodes();
    private final InlineCodes benefits = new InlineCodes();
    private final long[] weekHeads;
    private final long[] weekTails;
    private long lastBenefitHead = -1;
    private long lastBenefitTail;
    private int lastBenefit;

    private final byte[] previousId = new byte[MAX_ID_BYTES];
    private int previousIdLength = -1;
    private long previousHead;
    private long previousTail;
    private final byte[] scratch = new byte[MAX_ID_BYTES];
    private int previousWeek;
    private long position;
    private BigIntVector rowNumbers;
    private long javaNanos;
    private int row;

    ArrowRows(RulesTable rules, RateTable rates, Set<Integer> municipalities, int firstWeek, int lastWeek,
            boolean ordered) {
        this.rules = rules;
        municipalities.forEach(code -> municipality[code] = true);
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
        this.ordered = ordered;
        hasRate = new boolean[rules.size()][lastWeek - firstWeek + 1];
        weekHeads = new long[lastWeek - firstWeek + 1];
        weekTails = new long[lastWeek - firstWeek + 1];
        Arrays.fill(weekHeads, -1); // no view has length -1
        for (int w = firstWeek; w <= lastWeek; w++) {
            int year = IsoWeek.ofIndex(w).year();
            for (BenefitRule rule : rules.all()) {
                hasRate[rule.index()][w - firstWeek] = rates.weekly(rule.code(), year).isPresent();
            }
        }
    }

    /** Reads every batch; returns the number of rows. {@code batchRead} is told each batch's size. */
    long read(ArrowReader reader, Sink sink, java.util.function.IntConsumer batchRead) throws IOException {
        while (reader.loadNextBatch()) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            int rows = root.getRowCount();
            rowNumbers = root.getFieldVectors().size() > 5 ? (BigIntVector) root.getVector(5) : null;
            long start = CPU.getCurrentThreadCpuTime();
            batch((ViewVarCharVector) root.getVector(0), (ViewVarCharVector) root.getVector(1),
                    (IntVector) root.getVector(2), (ViewVarCharVector) root.getVector(3),
                    (Float8Vector) root.getVector(4), rows, sink);
            javaNanos += CPU.getCurrentThreadCpuTime() - start;
            batchRead.accept(rows);
        }
        return position;
    }

    /** CPU time this thread spent in Java checking and replaying rows (not waiting for DuckDB). */
    double javaSeconds() {
        return javaNanos / 1e9;
    }

    private void batch(ViewVarCharVector person, ViewVarCharVector week, IntVector municipalityCode,
            ViewVarCharVector benefit, Float8Vector amount, int rows, Sink sink) throws IOException {
        if (person.getNullCount() > 0 || week.getNullCount() > 0 || municipalityCode.getNullCount() > 0
                || benefit.getNullCount() > 0) {
            throw faulty(firstNull(rows, person, week, municipalityCode, benefit));
        }
        Memory personViews = Memory.of(person.getDataBuffer(), rows * 16L);
        Memory weekViews = Memory.of(week.getDataBuffer(), rows * 16L);
        Memory benefitViews = Memory.of(benefit.getDataBuffer(), rows * 16L);
        Memory codes = Memory.of(municipalityCode.getDataBuffer(), rows * 4L);
        Memory amounts = Memory.of(amount.getDataBuffer(), rows * 8L);
        boolean amountNulls = amount.getNullCount() > 0;
        Memory amountValid = amountNulls ? Memory.of(amount.getValidityBuffer(), (rows + 7) / 8) : null;
        for (int i = 0; i < rows; i++, position++) {
            row = i;
            int at = i * 16;
            long head = personViews.getLong(at);
            long tail = personViews.getLong(at + 8);
            int length = (int) head;
            boolean same = length <= 12 ? head == previousHead && tail == previousTail && length == previousIdLength
                    : length == previousIdLength && sameLongId(person, at, length);
            if (!same) {
                same = newPerson(person, at, length, sink);
                previousHead = head;
                previousTail = tail;
            }
            // within a person the next row is most often the next week: its view is compared here, in the loop,
            // and only another week is looked up
            long weekHead = weekViews.getLong(at);
            long weekTail = weekViews.getLong(at + 8);
            int next = previousWeek + 1 - firstWeek;
            int w = same && next >= 0 && next < weekHeads.length && weekHeads[next] == weekHead
                    && weekTails[next] == weekTail ? previousWeek + 1 : weekOf(weekViews, at, week);
            if (w < firstWeek || w > lastWeek) {
                throw faulty(i);
            }
            if (ordered && same && w < previousWeek) {
                throw new Unordered();
            }
            previousWeek = w;
            int m = codes.getInt(i * 4);
            if (m < 0 || m >= 1000 || !municipality[m]) {
                throw faulty(i);
            }
            long benefitHead = benefitViews.getLong(at);
            long benefitTail = benefitViews.getLong(at + 8);
            int b;
            if (benefitHead == lastBenefitHead && benefitTail == lastBenefitTail) {
                b = lastBenefit;
            } else {
                b = benefits.code(benefitViews, at, benefit);
                if (b == InlineCodes.MISSING) {
                    b = benefits.learn(benefitViews, at, benefit, this::benefitIndex);
                }
                if ((int) benefitHead <= 12) {
                    lastBenefitHead = benefitHead;
                    lastBenefitTail = benefitTail;
                    lastBenefit = b;
                }
            }
            if (b < 0) {
                throw faulty(i);
            }
            double a;
            if (amountNulls && (amountValid.get(i >> 3) & (1 << (i & 7))) == 0) {
                if (!hasRate[b][w - firstWeek]) {
                    throw faulty(i);
                }
                a = Double.NaN;
            } else {
                a = amounts.getDouble(i * 8);
                if (!(a >= 0) || Double.isInfinite(a)) {
                    throw faulty(i);
                }
            }
            sink.row(w, m, b, a);
        }
    }

    /**
     * A row whose id's view differs from the previous row's: a new person, unless the bytes are the same
     * (a view may differ in its unused padding). Returns whether it is the same person after all.
     */
    private Faulty faulty(int i) {
        return new Faulty(rowNumbers == null ? -1 : rowNumbers.get(i));
    }

    private boolean newPerson(ViewVarCharVector person, int at, int length, Sink sink) throws IOException {
        if (length < 1 || length > MAX_ID_BYTES) {
            throw faulty(row);
        }
        copyBytes(person, at, length, scratch);
        int order = previousIdLength < 0 ? 1
                : Arrays.compareUnsigned(scratch, 0, length, previousId, 0, previousIdLength);
        if (order == 0) {
            return true;
        }
        if (ordered && order < 0) {
            throw new Unordered();
        }
        String id = new String(scratch, 0, length, StandardCharsets.UTF_8);
        if (id.length() > 64 || CprShape.containsCpr(id)) {
            throw faulty(row);
        }
        System.arraycopy(scratch, 0, previousId, 0, length);
        previousIdLength = length;
        previousWeek = Integer.MIN_VALUE;
        sink.person(id);
        return false;
    }

    /** An id longer than 12 bytes: compared with the previous id byte for byte in its data buffer. */
    private boolean sameLongId(ViewVarCharVector vector, int at, int length) {
        copyBytes(vector, at, length, scratch);
        return Arrays.equals(scratch, 0, length, previousId, 0, length);
    }

    /**
     * A batch buffer read without a bounds check on every value: its size is checked once, for all the rows, when
     * the batch arrives. Arrow buffers are little-endian, as every platform DuckDB runs on.
     */
    private record Memory(long address) {
        static Memory of(ArrowBuf buffer, long bytes) {
            if (buffer.capacity() < bytes) {
                throw new IllegalStateException("Arrow buffer of " + buffer.capacity() + " bytes, " + bytes + " needed");
            }
            return new Memory(buffer.memoryAddress());
        }

        long getLong(int at) {
            return MemoryUtil.getLong(address + at);
        }

        int getInt(int at) {
            return MemoryUtil.getInt(address + at);
        }

        byte get(int at) {
            return MemoryUtil.getByte(address + at);
        }

        double getDouble(int at) {
            return Double.longBitsToDouble(MemoryUtil.getLong(address + at));
        }
    }

    /** The bytes of the string whose view starts at {@code at}. */
    private static void copyBytes(ViewVarCharVector vector, int at, int length, byte[] into) {
        ArrowBuf views = vector.getDataBuffer();
        if (length <= 12) {
            views.getBytes(at + 4, into, 0, length);
        } else {
            int buffer = views.getInt(at + 8);
            int offset = views.getInt(at + 12);
            vector.getDataBuffers().get(buffer).getBytes(offset, into, 0, length);
        }
    }

    static String text(ViewVarCharVector vector, int at) {
        int length = vector.getDataBuffer().getInt(at);
        byte[] bytes = new byte[length];
        copyBytes(vector, at, length, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int weekIndex(String text) {
        try {
            return IsoWeek.parse(text).index();
        } catch (IllegalArgumentException invalid) {
            return -1;
        }
    }

    private int benefitIndex(String text) {
        return rules.find(text.trim()).map(BenefitRule::index).orElse(-1);
    }

    /** The week's index, looked up by its view (decoded and parsed the first time a text is seen). */
    private int weekOf(Memory views, int at, ViewVarCharVector vector) {
        int w = weeks.code(views, at, vector);
        if (w == InlineCodes.MISSING) {
            w = weeks.learn(views, at, vector, ArrowRows::weekIndex);
            long head = views.getLong(at);
            if (w >= firstWeek && w <= lastWeek && (int) head <= 12) {
                weekHeads[w - firstWeek] = head;
                weekTails[w - firstWeek] = views.getLong(at + 8);
            }
        }
        return w;
    }

    private int firstNull(int rows, org.apache.arrow.vector.ValueVector... vectors) {
        for (int i = 0; i < rows; i++) {
            for (org.apache.arrow.vector.ValueVector v : vectors) {
                if (v.isNull(i)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /**
     * Codes of short texts (at most 12 bytes, held inline in the string view) by their view's 16 bytes; a
     * text seen for the first time is decoded and looked up once. Longer texts are decoded each time.
     */
    private static final class InlineCodes {
        static final int MISSING = Integer.MIN_VALUE;
        private static final int SLOTS = 1 << 12;
        private final long[] heads = new long[SLOTS];
        private final long[] tails = new long[SLOTS];
        private final int[] values = new int[SLOTS];
        private final boolean[] used = new boolean[SLOTS];
        private int size;

        int code(Memory views, int at, ViewVarCharVector vector) {
            long head = views.getLong(at);
            if ((int) head > 12) {
                return MISSING;
            }
            long tail = views.getLong(at + 8);
            for (int slot = slot(head, tail); used[slot]; slot = (slot + 1) & (SLOTS - 1)) {
                if (heads[slot] == head && tails[slot] == tail) {
                    return values[slot];
                }
            }
            return MISSING;
        }

        int learn(Memory views, int at, ViewVarCharVector vector, java.util.function.ToIntFunction<String> lookup) {
            int value = lookup.applyAsInt(text(vector, at));
            long head = views.getLong(at);
            if ((int) head <= 12 && size < SLOTS / 2) {
                long tail = views.getLong(at + 8);
                int slot = slot(head, tail);
                while (used[slot]) {
                    slot = (slot + 1) & (SLOTS - 1);
                }
                used[slot] = true;
                heads[slot] = head;
                tails[slot] = tail;
                values[slot] = value;
                size++;
            }
            return value;
        }

        private static int slot(long head, long tail) {
            long h = (head * 0x9E3779B97F4A7C15L) ^ (tail * 0xC2B2AE3D27D4EB4FL);
            return (int) (h >>> 52);
        }
    }
}
