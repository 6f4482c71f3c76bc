package dk.raaderum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import dk.raaderum.engine.GroupAccumulator;
import dk.raaderum.engine.GroupCell;
import dk.raaderum.engine.GroupFigures;
import dk.raaderum.engine.GroupFiguresFile;
import dk.raaderum.engine.IsoWeek;
import dk.raaderum.engine.MonthlyCell;
import dk.raaderum.engine.MonthlyRow;
import dk.raaderum.engine.RateTable;
import dk.raaderum.engine.RegisterAggregator;
import dk.raaderum.engine.RegisterProblem;
import dk.raaderum.engine.RegisterReplay;
import dk.raaderum.engine.RulesTable;

/**
 * The register aggregate of spec § 5 on Apache Spark, with the same ledger as the DuckDB path: the register
 * (Parquet or {@code ;}-separated CSV) is partitioned by person, each partition's persons sorted by week and
 * replayed through {@link RegisterReplay} into a {@link RegisterAggregator}, and the partial monthly cells are
 * summed by key. The driver writes the same CSV as {@code register aggregate}. With {@code --figures} the
 * replay also feeds a {@link GroupAccumulator}, whose partial cells are summed the same way, and the driver writes
 * the group figures ({@link GroupFiguresFile}) for {@code ./raaderum import register-figures}.
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class dk.raaderum.spark.SparkRegisterJob raaderum-spark.jar \
 *     --input register.parquet --output aggregate.csv [--figures figures.csv] [--rates rates.csv] [--rules rules.csv]
 *     [--partitions N]
 * </pre>
 * Without a Spark installation, {@code ./raaderum spark-submit} runs Spark's own submit class with the same arguments;
 * {@code --master local[2]} given to the job itself runs it in this JVM without any submit tool.
 */
public final class SparkRegisterJob {

    private SparkRegisterJob() {
    }

    public static void main(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        if (a == null) {
            System.err.println("Brug: --input FIL --output FIL.csv [--figures FIL.csv] [--master local[2]|spark://…] "
                    + "[--rates FIL] [--rules FIL] [--partitions N]");
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("raaderum-register")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", a.partitions);
        if (a.master != null) {
            builder.master(a.master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary s = aggregate(spark, a);
            System.out.printf(Locale.ROOT, "%d personer, %d person-uger, %d dobbeltrækker fjernet efter prioritet; "
                    + "%d rækker skrevet til %s (Spark %s)%n", s.persons, s.kept, s.dropped, s.rows, a.output,
                    spark.version());
            if (a.figures != null) {
                System.out.printf(Locale.ROOT, "%d gruppetal skrevet til %s%n", s.figures, a.figures);
            }
        } catch (RegisterProblem e) {
            System.err.println("Registret blev afvist, og der er ikke skrevet nogen fil: " + e.getMessage());
            spark.stop();
            System.exit(1);
        }
        spark.stop();
    }

    /** What the run did. */
    record Summary(long persons, long kept, long dropped, int rows, int figures) {
    }

    static Summary aggregate(SparkSession spark, Arguments a) throws IOException {
        RulesTable rules = a.rules == null ? RulesTable.defaults() : RulesTable.read(Path.of(a.rules));
        RateTable rates = a.rates == null ? RateTable.defaults() : RateTable.read(Path.of(a.rates));
        Dataset<Row> register = read(spark, a.input);
        Row bounds = register.agg(min(col("week")), max(col("week"))).first();
        if (bounds.isNullAt(0)) {
            throw new RegisterProblem(a.input, "registret har ingen rækker");
        }
        int firstWeek = week(a.input, bounds.getString(0));
        int lastWeek = week(a.input, bounds.getString(1));
        PartitionReplay replay = new PartitionReplay(a.input, rules, rates, firstWeek, lastWeek, a.figures != null);
        JavaRDD<PartitionReplay.Part> parts = register
                .repartition(Integer.parseInt(a.partitions), col("person_id"))
                .sortWithinPartitions(col("person_id"), col("week"))
                .javaRDD()
                .mapPartitions(replay::replay)
                .cache();
        // partial cells summed by municipality, month and benefit across partitions
        List<MonthlyCell> cells = parts.flatMap(p -> p.cells().iterator())
                .mapToPair(c -> new scala.Tuple2<>(c.key(), c))
                .reduceByKey(MonthlyCell::plus)
                .values().collect();
        long[] counts = parts.map(p -> new long[] {p.persons(), p.kept(), p.dropped()})
                .reduce((x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
        RegisterAggregator total = new RegisterAggregator(rules, rates, firstWeek, lastWeek);
        cells.forEach(total::add);
        List<MonthlyRow> rows = total.rows();
        List<GroupFigures> figures = a.figures == null ? List.of() : groupFigures(parts, rules, firstWeek, lastWeek);
        writeAtomically(Path.of(a.output), out -> {
            out.write(MonthlyRow.HEADER);
            out.write('\n');
            for (MonthlyRow row : rows) {
                out.write(row.toCsv());
                out.write('\n');
            }
        });
        if (a.figures != null) {
            writeAtomically(Path.of(a.figures), out -> GroupFiguresFile.write(out, firstWeek, lastWeek, figures));
        }
        return new Summary(counts[0], counts[1], counts[2], rows.size(), figures.size());
    }

    /** Partial group cells (over disjoint persons) summed by municipality, month and group across partitions. */
    private static List<GroupFigures> groupFigures(JavaRDD<PartitionReplay.Part> parts, RulesTable rules,
            int firstWeek, int lastWeek) {
        List<GroupCell> cells = parts.flatMap(p -> p.groups().iterator())
                .mapToPair(c -> new scala.Tuple2<>(c.key(), c))
                .reduceByKey(GroupCell::plus)
                .values().collect();
        GroupAccumulator total = new GroupAccumulator(rules, firstWeek, lastWeek);
        cells.forEach(total::add);
        return total.figures();
    }

    private static int week(String file, String text) {
        try {
            return IsoWeek.parse(text).index();
        } catch (IllegalArgumentException e) {
            throw new RegisterProblem(file, "ugen '" + dk.raaderum.engine.CprShape.shown(text) + "': " + e.getMessage());
        }
    }

    /** Every column as text, as the DuckDB path reads CSV; Parquet columns are cast to text for the checks. */
    private static Dataset<Row> read(SparkSession spark, String input) {
        Dataset<Row> raw = input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? spark.read().parquet(input)
                : spark.read().option("sep", ";").option("header", "true").option("quote", "\"").csv(input);
        List<String> columns = List.of(raw.columns());
        for (String required : List.of("person_id", "week", "municipality", "benefit")) {
            if (!columns.contains(required)) {
                throw new RegisterProblem(input, 1, required, "kolonnen mangler");
            }
        }
        return raw.select(col("person_id").cast("string"), col("week").cast("string"),
                col("municipality").cast("string"), col("benefit").cast("string"),
                (columns.contains("amount") ? col("amount") : org.apache.spark.sql.functions.lit(null)).cast("string")
                        .as("amount"));
    }

    /** What goes into a file. */
    @FunctionalInterface
    interface Content {
        void write(BufferedWriter out) throws IOException;
    }

    /** Written beside the target and moved in when complete, like the DuckDB path's output. */
    private static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The command line. */
    static final class Arguments {
        String input;
        String output;
        String figures;
        String master;
        String rates;
        String rules;
        String partitions = "8";

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--input" -> a.input = args[i + 1];
                    case "--output" -> a.output = args[i + 1];
                    case "--figures" -> a.figures = args[i + 1];
                    case "--master" -> a.master = args[i + 1];
                    case "--rates" -> a.rates = args[i + 1];
                    case "--rules" -> a.rules = args[i + 1];
                    case "--partitions" -> a.partitions = args[i + 1];
                    default -> {
                        return null;
                    }
                }
            }
            return args.length % 2 == 0 && a.input != null && a.output != null ? a : null;
        }
    }

    /** Iterator helper for the partition function. */
    static <T> Iterator<T> single(T value) {
        List<T> one = new ArrayList<>(1);
        one.add(value);
        return one.iterator();
    }
}
