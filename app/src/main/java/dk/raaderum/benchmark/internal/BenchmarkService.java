package dk.raaderum.benchmark.internal;

import java.time.Clock;
import java.util.Arrays;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.raaderum.benchmark.Benchmark;
import dk.raaderum.benchmark.BenchmarkResult;
import dk.raaderum.benchmark.Condition;
import dk.raaderum.benchmark.LeastSquares;
import dk.raaderum.benchmark.Regression;
import dk.raaderum.engine.RateTable;
import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Observation;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.Unit;
import dk.raaderum.platform.DanishFormat;

/** The benchmark: OLS on the framework conditions, leave-one-out intervals, kroner, explanation and peers. */
@Service
class BenchmarkService implements Benchmark {

    private static final double LEVEL = 0.90;
    /** Register group and rate-table benefit whose cost values a difference in each share. */
    private static final Map<String, String[]> COST_OF = Map.of(
            "kontanthjaelp_pct_befolkning", new String[] {"kontanthjaelp", "KTH-A"},
            "ledige_pct_arbejdsstyrke", new String[] {"a_dagpenge", "ADP"});
    private static final double ASSUMED_MUNICIPAL_SHARE = 0.7;

    private final Clock clock;

    private final FrameworkConditions conditions;
    private final IndicatorValues values;
    private final IndicatorCatalog catalog;
    private final Geography geography;

    BenchmarkService(FrameworkConditions conditions, IndicatorValues values, IndicatorCatalog catalog,
            Geography geography, Clock clock) {

        this.clock = clock;
        this.conditions = conditions;
        this.values = values;
        this.catalog = catalog;
        this.geography = geography;
    }

    @Override
    public BenchmarkResult run(Indicator share, Period period, int peers) {
        if (share.unit() != Unit.PROCENT) {
            throw new IllegalArgumentException("Benchmark kræver en andel i procent; '" + share.id() + "' er ikke en andel");
        }
        FrameworkConditions.Table conditions = this.conditions.current();
        Map<Integer, Double> actual = byCode(values.snapshot(share, AreaLevel.KOMMUNE, period));
        List<Integer> fitted = conditions.municipalities().stream().filter(c -> actual.get(c) != null).toList();
        if (fitted.size() < conditions.conditions().size() + 10) {
            throw new IllegalArgumentException("For få kommuner med værdier for " + share.id() + " i " + period);
        }
        double[][] all = fitted.stream().map(conditions::of).toArray(double[][]::new);
        int[] keep = LeastSquares.varying(all); // a region with no values among the fitted cannot be estimated
        List<Condition> used = Arrays.stream(keep).mapToObj(k -> conditions.conditions().get(k)).toList();
        List<String> names = used.stream().map(Condition::id).toList();
        double[][] x = LeastSquares.select(all, keep);
        double[] y = fitted.stream().mapToDouble(actual::get).toArray();
        Regression model = LeastSquares.fit(x, y, names);
        List<LeastSquares.Prediction> predictions = LeastSquares.leaveOneOut(x, y, names, LEVEL);

        Map<Integer, Double> denominators = share.isRatio()
                ? byCode(values.snapshot(catalog.find(share.denominatorId()).orElseThrow(), AreaLevel.KOMMUNE, period))
                : Map.of();
        double[] cost = costPerPersonYear(share, period);
        String costBasis = cost[1] == 1 ? "registermotorens gennemsnitlige kommunale udgift pr. fuldtidsperson"
                : cost[1] == 2 ? "satstabellen × en antaget kommunal andel på 70 % (intet register indlæst)"
                : "ingen omregning til kroner for denne indikator";

        double[] mean = new double[names.size()];
        double[] sd = new double[names.size()];
        spread(x, mean, sd);
        double[] weights = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
            weights[k] = Math.abs(model.coefficients()[k + 1]) * sd[k];
        }

        Map<Integer, double[]> difference = new HashMap<>(); // {point, low, high}
        for (int i = 0; i < fitted.size(); i++) {
            LeastSquares.Prediction p = predictions.get(i);
            difference.put(fitted.get(i), new double[] {y[i] - p.expected(), y[i] - p.upper(), y[i] - p.lower()});
        }
        Map<Integer, Integer> rank = ranks(difference);
        Map<Integer, Integer> clusters = clusters(conditions, keep, weights, mean, sd);

        List<BenchmarkResult.Row> rows = new ArrayList<>();
        for (int code : conditions.municipalities()) {
            int i = fitted.indexOf(code);
            String name = geography.municipality(code).orElseThrow().name();
            Map<String, Double> values = new LinkedHashMap<>();
            double[] own = LeastSquares.select(conditions.of(code), keep);
            for (int k = 0; k < names.size(); k++) {
                values.put(names.get(k), own[k]);
            }
            List<Integer> nearest = peers(conditions, code, keep, weights, sd, peers);
            if (i < 0) {
                rows.add(new BenchmarkResult.Row(code, name, null, null, null, null, null, null, null, null, null,
                        null, nearest, clusters.get(code), values, List.of("Ingen værdi for " + name + " i perioden (undertrykt eller mangler).")));
                continue;
            }
            LeastSquares.Prediction p = predictions.get(i);
            double points = y[i] - p.expected();
            Double denominator = denominators.get(code);
            Double persons = denominator == null ? null : points / share.factor() * denominator;
            Double kroner = persons == null || cost[1] == 0 ? null : persons * cost[0];
            double[] d = difference.get(code);
            rows.add(new BenchmarkResult.Row(code, name, y[i], p.expected(), p.lower(), p.upper(), points, persons, kroner,
                    rank.get(code), 1 + (int) difference.values().stream().filter(o -> o[2] < d[1]).count(),
                    difference.size() - (int) difference.values().stream().filter(o -> o[1] > d[2]).count(),
                    nearest, clusters.get(code), values, explain(name, model, own, mean, names, used)));
        }
        return new BenchmarkResult(share.id(), period.toString(), used, model, cost[0], costBasis, rows);
    }

    private static Map<Integer, Double> byCode(List<Observation> observations) {
        Map<Integer, Double> map = new HashMap<>();
        observations.forEach(o -> map.put(o.area().code(), o.value()));
        return map;
    }

    private static Map<Integer, Integer> ranks(Map<Integer, double[]> difference) {
        List<Integer> order = difference.keySet().stream()
                .sorted(Comparator.comparingDouble(c -> difference.get(c)[0])).toList();
        Map<Integer, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r + 1);
        }
        return rank;
    }

    private static void spread(double[][] x, double[] mean, double[] sd) {
        for (int k = 0; k < mean.length; k++) {
            final int column = k;
            mean[k] = Arrays.stream(x).mapToDouble(r -> r[column]).average().orElse(0);
            sd[k] = Math.sqrt(Arrays.stream(x).mapToDouble(r -> Math.pow(r[column] - mean[column], 2))
                    .average().orElse(0));
        }
    }

    /** The k municipalities nearest on standardized conditions, each weighted by its importance in the model. */
    private static List<Integer> peers(FrameworkConditions.Table conditions, int code, int[] keep, double[] weights,
            double[] sd, int k) {
        double[] own = LeastSquares.select(conditions.of(code), keep);
        return conditions.municipalities().stream().filter(c -> c != code)
                .sorted(Comparator.comparingDouble(c -> distance(own, LeastSquares.select(conditions.of(c), keep), weights, sd)))
                .limit(k).toList();
    }

    private static final int CLUSTERS = 6;

    /** k-means++ (fixed seed, so the same data give the same clusters) on weighted, standardized conditions. */
    private static Map<Integer, Integer> clusters(FrameworkConditions.Table conditions, int[] keep, double[] weights,
            double[] mean, double[] sd) {
        List<ClusterPoint> points = conditions.municipalities().stream().map(code -> {
            double[] x = LeastSquares.select(conditions.of(code), keep);
            double[] z = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                z[k] = sd[k] == 0 ? 0 : Math.sqrt(weights[k]) * (x[k] - mean[k]) / sd[k];
            }
            return new ClusterPoint(code, z);
        }).toList();
        var clusterer = new KMeansPlusPlusClusterer<ClusterPoint>(CLUSTERS, 200,
                new EuclideanDistance(),
                new JDKRandomGenerator(2026));
        List<CentroidCluster<ClusterPoint>> found = new ArrayList<>(clusterer.cluster(points));
        // number the clusters by their smallest municipality code, so the numbering does not depend on the run
        found.sort(Comparator.comparingInt(c -> c.getPoints().stream().mapToInt(ClusterPoint::code).min().orElse(0)));
        Map<Integer, Integer> byCode = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            for (ClusterPoint p : found.get(i).getPoints()) {
                byCode.put(p.code(), i + 1);
            }
        }
        return byCode;
    }

    private record ClusterPoint(int code, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() {
            return point;
        }
    }

    private static double distance(double[] a, double[] b, double[] weights, double[] sd) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double z = sd[k] == 0 ? 0 : (a[k] - b[k]) / sd[k];
            sum += weights[k] * z * z;
        }
        return Math.sqrt(sum);
    }

    /** "Vejens befolkningstæthed trækker det forventede niveau 0,4 procentpoint ned." for the largest effects. */
    private static List<String> explain(String name, Regression model, double[] own, double[] mean, List<String> names,
            List<Condition> used) {
        List<double[]> effects = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).startsWith("region_") && own[k] == 0) {
                continue; // a region the municipality is not in explains nothing in words
            }
            effects.add(new double[] {k, model.coefficients()[k + 1] * (own[k] - mean[k])});
        }
        effects.sort(Comparator.comparingDouble(e -> -Math.abs(e[1])));
        String genitive = name.endsWith("s") || name.endsWith("x") || name.endsWith("z") ? name + "'" : name + "s";
        List<String> sentences = new ArrayList<>();
        for (double[] e : effects.subList(0, Math.min(3, effects.size()))) {
            if (Math.abs(e[1]) < 0.05) {
                continue;
            }
            sentences.add(genitive + " " + used.get((int) e[0]).subject() + " trækker det forventede niveau "
                    + DanishFormat.number(Math.abs(e[1]), 1) + " procentpoint " + (e[1] > 0 ? "op" : "ned") + ".");
        }
        if (sentences.isEmpty()) {
            sentences.add("Rammevilkårene placerer " + name + " tæt på landsgennemsnittet.");
        }
        return sentences;
    }

    /** {kroner per full-time person a year, basis: 1 register, 2 rate table, 0 none}. */
    private double[] costPerPersonYear(Indicator share, Period period) {
        String[] cost = COST_OF.get(share.id());
        if (cost == null) {
            return new double[] {0, 0};
        }
        Optional<Indicator> municipal = catalog.find("reg_" + cost[0] + "_udgift_kommune");
        Optional<Indicator> fullTime = catalog.find("reg_" + cost[0] + "_fuldtid");
        if (municipal.isPresent() && fullTime.isPresent()) {
            Optional<Period> year = values.freshness(municipal.get())
                    .map(f -> Period.year(f.lastPeriod().start().getMonthValue() == 12
                            ? f.lastPeriod().start().getYear() : f.lastPeriod().start().getYear() - 1));
            if (year.isPresent()) {
                Double kroner = values.series(municipal.get(), Area.DENMARK, year.get(), year.get()).get(0).value();
                Double persons = values.series(fullTime.get(), Area.DENMARK, year.get(), year.get()).get(0).value();
                if (kroner != null && persons != null && persons > 0) {
                    return new double[] {kroner / persons, 1};
                }
            }
        }
        int rateYear = Math.min(period.start().getYear(), DanishFormat.today(clock).getYear());
        var weekly = RateTable.defaults().weekly(cost[1], rateYear);
        return weekly.isPresent() ? new double[] {weekly.getAsDouble() * 52 * ASSUMED_MUNICIPAL_SHARE, 2}
                : new double[] {0, 0};
    }
}
