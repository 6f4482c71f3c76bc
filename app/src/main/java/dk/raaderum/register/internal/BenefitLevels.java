package dk.raaderum.register.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Target levels for the synthetic register: the share of each municipality's 16–66-year-olds on each
 * benefit. Dagpenge and kontanthjælp come from the real Jobindsats series shipped with Råderum (mean of
 * the twelve months to 2026M07); the other benefits use plausible national shares, scaled by how the
 * municipality's kontanthjælp level compares with the country's.
 */
final class BenefitLevels {

    /** Plausible national shares of the 16–66-year-olds for the benefits without a shipped series. */
    private static final Map<String, Double> NATIONAL = Map.ofEntries(
            Map.entry("SDP", 0.022), Map.entry("UDH-U", 0.004), Map.entry("UDH-A", 0.006), Map.entry("SHO", 0.004),
            Map.entry("JAF", 0.005), Map.entry("RFL", 0.007), Map.entry("LHY", 0.003), Map.entry("REV", 0.0005),
            Map.entry("FLX", 0.021), Map.entry("FTP", 0.046), Map.entry("LTS", 0.004), Map.entry("OTH", 0.003));
    private static final double JOBPARAT_SHARE = 0.3; // of kontanthjælp, when the municipality's split is unknown

    record Level(double population1666, Map<String, Double> shares) {
    }

    static Map<Integer, Level> calibrated() {
        Map<Integer, double[]> sums = new HashMap<>(); // dagpenge, cash full-time, derived population, months
        Map<Integer, double[]> split = new HashMap<>(); // jobparat, aktivitetsparat (latest month)
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BenefitLevels.class.getClassLoader().getResourceAsStream("reference/jobindsats_kommuner_long.csv"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            Map<String, Double> rate = new HashMap<>();
            Map<String, Double> cash = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(";", -1);
                int code = Integer.parseInt(f[0]);
                String period = f[5];
                if (code == 0 || f[7].isEmpty()) {
                    continue;
                }
                double value = Double.parseDouble(f[7]);
                if (f[2].equals("y60a02") && f[3].equals("cashVisitation")) {
                    double[] s = split.computeIfAbsent(code, c -> new double[2]);
                    s[0] += f[6].equals("Jobparat") ? value : 0;
                    s[1] += f[6].equals("Aktivitetsparat") ? value : 0;
                }
                if (period.compareTo("2025M08") < 0) {
                    continue;
                }
                String key = code + ";" + period;
                double[] s = sums.computeIfAbsent(code, c -> new double[4]);
                if (f[2].equals("y25i01") && f[4].equals("dagpenge")) {
                    s[0] += value / 12;
                } else if (f[2].equals("y60a02") && f[4].equals("fullTime")) {
                    s[1] += value / 12;
                    cash.put(key, value);
                } else if (f[2].equals("y60a02") && f[4].equals("populationRate")) {
                    rate.put(key, value);
                }
            }
            cash.forEach((key, fullTime) -> {
                Double pct = rate.get(key);
                if (pct != null && pct > 0) {
                    double[] s = sums.get(Integer.parseInt(key.substring(0, key.indexOf(';'))));
                    s[2] += fullTime * 100 / pct;
                    s[3]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double nationalCash = sums.values().stream().mapToDouble(s -> s[1]).sum()
                / sums.values().stream().mapToDouble(s -> s[2] / Math.max(1, s[3])).sum();
        Map<Integer, Level> levels = new HashMap<>();
        sums.forEach((code, s) -> {
            double population = s[2] / Math.max(1, s[3]);
            double cashShare = s[1] / population;
            double index = Math.max(0.5, Math.min(2.0, cashShare / nationalCash));
            double[] visitation = split.getOrDefault(code, new double[] {JOBPARAT_SHARE, 1 - JOBPARAT_SHARE});
            double jobparat = visitation[0] + visitation[1] > 0 ? visitation[0] / (visitation[0] + visitation[1]) : JOBPARAT_SHARE;
            Map<String, Double> shares = new HashMap<>();
            shares.put("ADP", s[0] / population);
            shares.put("KTH-J", cashShare * jobparat);
            shares.put("KTH-A", cashShare * (1 - jobparat));
            NATIONAL.forEach((benefit, share) -> shares.put(benefit, switch (benefit) {
                case "SDP", "LTS", "OTH", "REV" -> share;
                case "FLX", "FTP" -> share * Math.sqrt(index);
                default -> share * index;
            }));
            levels.put(code, new Level(population, shares));
        });
        return levels;
    }
}
