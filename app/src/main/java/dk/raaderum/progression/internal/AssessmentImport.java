package dk.raaderum.progression.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.engine.CprShape;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.platform.CsvInput;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.FreeText;
import dk.raaderum.progression.Assessment;
import dk.raaderum.progression.CaseReference;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.Effort;
import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;

/**
 * Assessments from the case management system's export, so nobody types them twice: one row per assessment
 * (case reference and date), a column per dimension with the caseworker's score and {@code borger_<dimension>} with
 * the citizen's own. The whole file is checked first and then stored in one transaction; the same case and date
 * again replaces that assessment, so a re-import never duplicates. A case reference not seen before becomes a new
 * record (target group and team are then required).
 */
@Service
class AssessmentImport {

    static final String CASE_REF = "sagsreference";
    static final String DATE = "dato";
    static final String TARGET_GROUP = "maalgruppe";
    static final String TEAM = "team";
    static final String EFFORT = "indsats";
    static final String CITIZEN_PREFIX = "borger_";

    private final CitizenRepository repository;
    private final ProgressionSettings settings;
    private final CitizenRecords records;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentImport(CitizenRepository repository, ProgressionSettings settings, CitizenRecords records,
            TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.records = records;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    sealed interface Outcome {
        record Imported(int rows, int citizensCreated, int assessments) implements Outcome {
        }

        record Rejected(long line, String field, String message) implements Outcome {
        }
    }

    private record Line(long line, String caseRef, LocalDate date, TargetGroup targetGroup, String team, Effort effort,
            Map<String, Integer> caseworker, Map<String, Integer> citizen) {
    }

    Outcome run(int code, String fileName, String csv, CurrentUser user) {
        String file = FreeText.trimmed(fileName) == null ? "vurderinger.csv" : CprShape.shown(fileName.strip());
        try {
            List<Dimension> dimensions = settings.dimensions(code);
            Set<String> columns = new HashSet<>(Set.of(TARGET_GROUP, TEAM, EFFORT));
            dimensions.forEach(d -> {
                columns.add(d.id());
                columns.add(CITIZEN_PREFIX + d.id());
            });
            List<CsvInput.Row> rows = CsvInput.read(file, csv, Set.of(CASE_REF, DATE), columns::contains);
            if (dimensions.stream().noneMatch(d -> CsvInput.columns(csv).contains(d.id())
                    || CsvInput.columns(csv).contains(CITIZEN_PREFIX + d.id()))) {
                throw new CsvInput.Problem(file, 1, null, "filen har ingen kolonne med en dimension; se "
                        + "…/progression/dimensions");
            }
            List<Line> lines = lines(rows, dimensions);
            Map<String, List<Line>> byCase = new LinkedHashMap<>();
            lines.forEach(l -> byCase.computeIfAbsent(l.caseRef(), c -> new ArrayList<>()).add(l));
            Set<String> teams = records.teams(code, user);
            Map<String, Long> existing = new HashMap<>();
            for (Map.Entry<String, List<Line>> e : byCase.entrySet()) {
                check(code, file, e.getValue(), teams).ifPresent(id -> existing.put(e.getKey(), id));
            }
            Outcome.Imported done = transaction.execute(status -> store(code, byCase, existing, user));
            audit.record(user.name(), code, CitizenRecords.CHANGE, "import af vurderinger (" + file + ")", "ok",
                    done.assessments() + " vurderinger, " + done.citizensCreated() + " nye borgere");
            return done;
        } catch (CsvInput.Problem p) {
            String message = CprShape.shown(p.getMessage());
            audit.record(user.name(), code, CitizenRecords.CHANGE, "import af vurderinger (" + file + ")", "afvist",
                    message);
            return new Outcome.Rejected(p.line(), p.field(), message);
        }
    }

    private List<Line> lines(List<CsvInput.Row> rows, List<Dimension> dimensions) {
        LocalDate today = DanishFormat.today(clock);
        Map<String, Long> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (CsvInput.Row row : rows) {
            String caseRef = row.required(CASE_REF);
            CaseReference.problem(caseRef).ifPresent(p -> {
                throw row.problem(CASE_REF, p);
            });
            LocalDate date = row.requiredDate(DATE);
            if (date.isAfter(today)) {
                throw row.problem(DATE, "datoen ligger efter i dag");
            }
            Long earlier = seen.put(caseRef + "|" + date, row.line());
            if (earlier != null) {
                throw row.problem(DATE, "samme sag og dato står også i linje " + earlier);
            }
            TargetGroup group = row.text(TARGET_GROUP) == null ? null : TargetGroup.parse(row.text(TARGET_GROUP))
                    .filter(TargetGroup::hasMotorvej).orElseThrow(() -> row.problem(TARGET_GROUP, "ukendt målgruppe"));
            String team = row.text(TEAM);
            FreeText.problem("Teamet", team, Drafts.TEAM_LENGTH).ifPresent(p -> {
                throw row.problem(TEAM, p);
            });
            Effort effort = row.text(EFFORT) == null ? null : Effort.parse(row.text(EFFORT))
                    .orElseThrow(() -> row.problem(EFFORT, "ukendt indsats"));
            Map<String, Integer> caseworker = new LinkedHashMap<>();
            Map<String, Integer> citizen = new LinkedHashMap<>();
            for (Dimension d : dimensions) {
                score(row, d.id()).ifPresent(s -> caseworker.put(d.id(), s));
                score(row, CITIZEN_PREFIX + d.id()).ifPresent(s -> citizen.put(d.id(), s));
            }
            if (caseworker.isEmpty() && citizen.isEmpty()) {
                throw row.problem(null, "rækken har ingen vurdering (1-5) af nogen dimension");
            }
            lines.add(new Line(row.line(), caseRef, date, group, team, effort, caseworker, citizen));
        }
        return lines;
    }

    private static Optional<Integer> score(CsvInput.Row row, String column) {
        String text = row.text(column);
        if (text == null || text.equalsIgnoreCase(Drafts.NOT_ASSESSED)) {
            return Optional.empty();
        }
        return Optional.of(row.integer(column, 1, 5));
    }

    /** The existing record's id, or empty for a new case (which then needs a target group and a team). */
    private Optional<Long> check(int code, String file, List<Line> lines, Set<String> teams) {
        Line first = lines.get(0);
        Optional<Long> id = repository.idOf(code, first.caseRef());
        if (id.isPresent()) {
            String team = repository.teamOf(code, id.get()).orElseThrow();
            if (!teams.isEmpty() && !teams.contains(team)) {
                throw new CsvInput.Problem(file, first.line(), CASE_REF, "sagen hører til et team, du ikke har adgang til");
            }
        } else {
            if (first.targetGroup() == null) {
                throw new CsvInput.Problem(file, first.line(), TARGET_GROUP, "skal udfyldes for en ny sag");
            }
            if (first.team() == null) {
                throw new CsvInput.Problem(file, first.line(), TEAM, "skal udfyldes for en ny sag");
            }
        }
        for (Line l : lines) {
            if (l.team() != null && !teams.isEmpty() && !teams.contains(l.team())) {
                throw new CsvInput.Problem(file, l.line(), TEAM, "du kan kun indlæse borgere i dine egne teams");
            }
        }
        return id;
    }

    private Outcome.Imported store(int code, Map<String, List<Line>> byCase, Map<String, Long> existing,
            CurrentUser user) {
        int created = 0;
        int assessments = 0;
        for (Map.Entry<String, List<Line>> e : byCase.entrySet()) {
            List<Line> lines = e.getValue().stream().sorted(java.util.Comparator.comparing(Line::date)).toList();
            Line first = lines.get(0);
            Long id = existing.get(e.getKey());
            if (id == null) {
                id = repository.insert(code, e.getKey(), new CitizenRepository.Fields(first.targetGroup(), first.team(),
                        first.effort(), null, first.date(), null, List.of()), false, user.name(), clock.instant());
                created++;
            }
            for (Line l : lines) {
                repository.saveAssessment(id, new Assessment(l.date(), l.effort(), l.caseworker(), l.citizen()),
                        Map.of(), user.name(), clock.instant());
                assessments++;
            }
            Line newest = lines.get(lines.size() - 1);
            repository.updateFromImport(id, newest.targetGroup(), newest.team(), newest.effort());
        }
        int rows = byCase.values().stream().mapToInt(List::size).sum();
        return new Outcome.Imported(rows, created, assessments);
    }
}
