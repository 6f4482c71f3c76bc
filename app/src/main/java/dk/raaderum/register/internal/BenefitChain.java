package dk.raaderum.register.internal;

import java.util.List;
import java.util.Map;

/**
 * A person's weeks as a Markov chain: self-support (state 0) or one of the benefits. Spells last a
 * geometric number of weeks with the benefit's mean; at the end the person moves on along typical
 * paths (sygedagpenge → jobafklaringsforløb → ressourceforløb → fleksjob or førtidspension,
 * dagpenge → kontanthjælp, …) or becomes self-supporting. Entry rates from self-support are solved per
 * municipality so that the chain's stationary shares meet the target levels.
 */
final class BenefitChain {

    static final List<String> STATES = List.of("", "SDP", "ADP", "KTH-J", "KTH-A", "UDH-U", "UDH-A", "SHO", "JAF",
            "RFL", "LHY", "REV", "FLX", "FTP", "LTS", "OTH");
    static final int SELF_SUPPORT = 0;
    static final int N = STATES.size();

    /** Mean spell length in weeks. */
    private static final Map<String, Double> DURATION = Map.ofEntries(
            Map.entry("SDP", 9.0), Map.entry("ADP", 16.0), Map.entry("KTH-J", 26.0), Map.entry("KTH-A", 90.0),
            Map.entry("UDH-U", 30.0), Map.entry("UDH-A", 60.0), Map.entry("SHO", 70.0), Map.entry("JAF", 45.0),
            Map.entry("RFL", 110.0), Map.entry("LHY", 40.0), Map.entry("REV", 60.0), Map.entry("FLX", 350.0),
            Map.entry("FTP", 1500.0), Map.entry("LTS", 26.0), Map.entry("OTH", 8.0));

    /** Where a spell leads when it ends; the rest of the probability is self-support. */
    private static final Map<String, Map<String, Double>> NEXT = Map.ofEntries(
            Map.entry("SDP", Map.of("JAF", 0.06, "ADP", 0.04)),
            Map.entry("ADP", Map.of("KTH-J", 0.06, "LTS", 0.04)),
            Map.entry("KTH-J", Map.of("KTH-A", 0.15, "LTS", 0.06)),
            Map.entry("KTH-A", Map.of("KTH-J", 0.08, "RFL", 0.06, "FTP", 0.02)),
            Map.entry("UDH-U", Map.of("UDH-A", 0.10)),
            Map.entry("UDH-A", Map.of("KTH-A", 0.10, "RFL", 0.04)),
            Map.entry("SHO", Map.of("KTH-J", 0.15)),
            Map.entry("JAF", Map.of("RFL", 0.25, "FLX", 0.15, "FTP", 0.08, "SDP", 0.05)),
            Map.entry("RFL", Map.of("FLX", 0.25, "FTP", 0.20, "KTH-A", 0.15)),
            Map.entry("LHY", Map.of("FLX", 0.35)),
            Map.entry("REV", Map.of("FLX", 0.20)),
            Map.entry("FLX", Map.of("LHY", 0.15)),
            Map.entry("LTS", Map.of("ADP", 0.30)));

    final double[] exitProbability = new double[N];
    /** Cumulative next-state probabilities per state, over states 0..N-1. */
    final double[][] nextCumulative = new double[N][N];

    BenefitChain() {
        for (int s = 1; s < N; s++) {
            exitProbability[s] = 1 / DURATION.get(STATES.get(s));
            double[] next = new double[N];
            Map<String, Double> to = NEXT.getOrDefault(STATES.get(s), Map.of());
            double rest = 1;
            for (Map.Entry<String, Double> e : to.entrySet()) {
                next[STATES.indexOf(e.getKey())] = e.getValue();
                rest -= e.getValue();
            }
            next[SELF_SUPPORT] = rest;
            double cumulative = 0;
            for (int t = 0; t < N; t++) {
                cumulative += next[t];
                nextCumulative[s][t] = cumulative;
            }
        }
    }

    /** Weekly entry rates from self-support that make the stationary shares meet the targets. */
    double[] entryRates(Map<String, Double> targets) {
        double[] target = new double[N];
        for (int s = 1; s < N; s++) {
            target[s] = targets.getOrDefault(STATES.get(s), 0.0);
        }
        double[] entry = new double[N];
        for (int s = 1; s < N; s++) {
            entry[s] = target[s] * exitProbability[s];
        }
        for (int iteration = 0; iteration < 60; iteration++) {
            double[] share = stationary(entry);
            for (int s = 1; s < N; s++) {
                entry[s] = share[s] > 0 ? entry[s] * target[s] / share[s] : entry[s];
            }
        }
        return entry;
    }

    /** The stationary distribution of the weekly chain, by Gaussian elimination. */
    double[] stationary(double[] entry) {
        double[][] transition = new double[N][N];
        double enter = 0;
        for (int s = 1; s < N; s++) {
            transition[SELF_SUPPORT][s] = entry[s];
            enter += entry[s];
        }
        transition[SELF_SUPPORT][SELF_SUPPORT] = 1 - enter;
        for (int s = 1; s < N; s++) {
            transition[s][s] = 1 - exitProbability[s];
            double previous = 0;
            for (int t = 0; t < N; t++) {
                transition[s][t] += exitProbability[s] * (nextCumulative[s][t] - previous);
                previous = nextCumulative[s][t];
            }
        }
        // solve pi (P - I) = 0 with sum(pi) = 1: rows of A are the equations, the last replaced by the sum
        double[][] a = new double[N][N + 1];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                a[i][j] = transition[j][i] - (i == j ? 1 : 0);
            }
        }
        for (int j = 0; j < N; j++) {
            a[N - 1][j] = 1;
        }
        a[N - 1][N] = 1;
        for (int col = 0; col < N; col++) {
            int pivot = col;
            for (int r = col + 1; r < N; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < N; r++) {
                if (r != col && a[r][col] != 0) {
                    double factor = a[r][col] / a[col][col];
                    for (int c = col; c <= N; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] pi = new double[N];
        for (int i = 0; i < N; i++) {
            pi[i] = Math.max(0, a[i][N] / a[i][i]);
        }
        return pi;
    }
}
