package dk.raaderum.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules table of spec § 3: benefit code, Jobindsats group, scheme and priority. The default ships
 * with Råderum ({@code rules-default.csv}); users can replace it with a file of the same form.
 */
public final class RulesTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> HEADER = List.of("code", "benefit", "group", "scheme", "priority");

    private final List<BenefitRule> rules;
    private final Map<String, BenefitRule> byCode = new HashMap<>();

    private RulesTable(List<BenefitRule> rules) {
        this.rules = List.copyOf(rules);
        rules.forEach(r -> byCode.put(r.code(), r));
    }

    public static RulesTable defaults() {
        try (InputStream in = RulesTable.class.getResourceAsStream("rules-default.csv")) {
            return of(TableFile.read("rules-default.csv", in, HEADER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RulesTable read(Path file) throws IOException {
        return of(TableFile.read(file, HEADER));
    }

    private static RulesTable of(TableFile table) {
        List<BenefitRule> rules = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            String[] row = table.rows().get(i);
            long line = i + 2;
            Scheme scheme;
            int priority;
            try {
                scheme = Scheme.parse(row[3]);
            } catch (IllegalArgumentException e) {
                throw new RegisterProblem(table.name(), line, "scheme", e.getMessage());
            }
            try {
                priority = Integer.parseInt(row[4].trim());
            } catch (NumberFormatException e) {
                throw new RegisterProblem(table.name(), line, "priority", "'" + row[4] + "' er ikke et heltal");
            }
            String code = row[0].trim();
            if (code.isEmpty() || rules.stream().anyMatch(r -> r.code().equals(code))) {
                throw new RegisterProblem(table.name(), line, "code", "tom eller gentaget kode '" + code + "'");
            }
            rules.add(new BenefitRule(rules.size(), code, row[1].trim(), row[2].trim(), scheme, priority));
        }
        return new RulesTable(rules);
    }

    public List<BenefitRule> all() {
        return rules;
    }

    public Optional<BenefitRule> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public BenefitRule get(int index) {
        return rules.get(index);
    }

    public int size() {
        return rules.size();
    }
}
