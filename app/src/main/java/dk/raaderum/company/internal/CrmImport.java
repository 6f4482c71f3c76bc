package dk.raaderum.company.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.company.ContactKind;
import dk.raaderum.company.Cvr;
import dk.raaderum.company.PlacementKind;
import dk.raaderum.company.PlacementOutcome;
import dk.raaderum.company.Sector;
import dk.raaderum.engine.CprShape;
import dk.raaderum.geography.Geography;
import dk.raaderum.platform.CsvInput;
import dk.raaderum.platform.FreeText;
import dk.raaderum.progression.CaseReference;
import dk.raaderum.progression.CitizenDirectory;
import dk.raaderum.security.AuditTrail;

/**
 * The CRM's CSV exports: companies, contacts, partnership agreements, inquiries and placements, each its own file
 * told apart by its header (formats in the README). A file is checked whole, then stored in one transaction with the
 * metrics recomputed; a record already stored (same natural key) is updated, never duplicated.
 */
@Service
class CrmImport {

    static final Set<String> SIZES = Set.of("1-9", "10-49", "50-249", "250+");

    enum Kind {
        VIRKSOMHEDER("virksomheder", Set.of("cvr", "navn"), Set.of("branche", "stoerrelse", "sektor", "kommunekode")),
        KONTAKTER("kontakter", Set.of("cvr", "dato", "form"), Set.of("emne")),
        AFTALER("partnerskabsaftaler", Set.of("cvr", "indgaaet"), Set.of("udloeber", "socialt_ansvar")),
        HENVENDELSER("henvendelser", Set.of("henvendelse_id", "cvr", "modtaget"), Set.of("besvaret", "emne")),
        FORLOEB("forløb", Set.of("forloeb_id", "cvr", "type", "start"),
                Set.of("slut", "sagsreference", "udfald", "udfald_dato"));

        final String danish;
        final Set<String> required;
        final Set<String> optional;

        Kind(String danish, Set<String> required, Set<String> optional) {
            this.danish = danish;
            this.required = required;
            this.optional = optional;
        }

        /** Told from the header: the column only this kind has. */
        static Kind of(String file, Set<String> columns) {
            if (columns.contains("forloeb_id")) {
                return FORLOEB;
            }
            if (columns.contains("henvendelse_id")) {
                return HENVENDELSER;
            }
            if (columns.contains("indgaaet")) {
                return AFTALER;
            }
            if (columns.contains("form")) {
                return KONTAKTER;
            }
            if (columns.contains("navn")) {
                return VIRKSOMHEDER;
            }
            throw new CsvInput.Problem(file, 1, null, "filen er hverken virksomheder, kontakter, partnerskabsaftaler, "
                    + "henvendelser eller forløb; se formaterne i README");
        }
    }

    sealed interface Outcome {
        record Imported(String kind, int rows, int created, int updated) implements Outcome {
        }

        record Rejected(long line, String field, String message) implements Outcome {
        }
    }

    /** A checked row, ready to store: its natural key (for duplicates in the file) and how to save it. */
    private record Checked(String key, long line, Function<CompanyRepository, Boolean> save) {
    }

    private final CompanyRepository repository;
    private final CompanyMetrics metrics;
    private final CitizenDirectory citizens;
    private final Geography geography;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    CrmImport(CompanyRepository repository, CompanyMetrics metrics, CitizenDirectory citizens, Geography geography,
            TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.metrics = metrics;
        this.citizens = citizens;
        this.geography = geography;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    Outcome run(int code, String fileName, String csv, String user) {
        String file = FreeText.trimmed(fileName) == null ? "crm.csv" : CprShape.shown(fileName.strip());
        try {
            Kind kind = Kind.of(file, CsvInput.columns(csv));
            List<CsvInput.Row> rows = CsvInput.read(file, csv, kind.required, kind.optional::contains);
            List<Checked> checked = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CsvInput.Row row : rows) {
                Checked c = check(code, kind, row);
                Long earlier = seen.put(c.key(), row.line());
                if (earlier != null) {
                    throw row.problem(null, "samme " + kind.danish + " står også i linje " + earlier);
                }
                checked.add(c);
            }
            Outcome.Imported done = transaction.execute(status -> {
                int created = 0;
                for (Checked c : checked) {
                    created += c.save().apply(repository) ? 1 : 0;
                }
                metrics.recompute(code, user);
                return new Outcome.Imported(kind.danish, checked.size(), created, checked.size() - created);
            });
            audit.record(user, code, "ændr", "import af " + kind.danish + " (" + file + ")", "ok",
                    done.created() + " nye, " + done.updated() + " opdaterede");
            return done;
        } catch (CsvInput.Problem p) {
            String message = CprShape.shown(p.getMessage());
            audit.record(user, code, "ændr", "import af virksomhedsdata (" + file + ")", "afvist", message);
            return new Outcome.Rejected(p.line(), p.field(), message);
        }
    }

    /**
     * One record typed in a form or sent as JSON, with the CSV format's field names: checked by the same rules as
     * a file's row, and stored with the metrics recomputed.
     */
    Outcome entry(int code, Kind kind, Map<String, String> fields, String user) {
        String form = "formularen";
        try {
            Map<String, String> cells = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                String column = f.getKey().toLowerCase(java.util.Locale.ROOT);
                if (!kind.required.contains(column) && !kind.optional.contains(column)) {
                    continue;
                }
                if (CprShape.containsCpr(f.getValue())) {
                    throw new CsvInput.Problem(form, 1, column, FreeText.problem("Feltet", f.getValue(), 0).orElseThrow());
                }
                cells.put(column, f.getValue() == null ? "" : f.getValue());
            }
            Checked c = check(code, kind, new CsvInput.Row(form, 1, cells, dk.raaderum.platform.StrictNumbers.Style.DANISH));
            boolean created = transaction.execute(status -> {
                boolean isNew = c.save().apply(repository);
                metrics.recompute(code, user);
                return isNew;
            });
            audit.record(user, code, "ændr", kind.danish + " " + c.key(), "ok", created ? "oprettet" : "opdateret");
            return new Outcome.Imported(kind.danish, 1, created ? 1 : 0, created ? 0 : 1);
        } catch (CsvInput.Problem p) {
            return new Outcome.Rejected(p.line(), p.field(), CprShape.shown(p.reason()));
        }
    }

    private Checked check(int code, Kind kind, CsvInput.Row row) {
        String cvr = row.required("cvr");
        Cvr.problem(cvr).ifPresent(p -> {
            throw row.problem("cvr", p);
        });
        if (kind == Kind.VIRKSOMHEDER) {
            CompanyRecords.Company company = company(row, cvr);
            return new Checked(cvr, row.line(), r -> r.save(code, company, false, clock.instant()));
        }
        if (!repository.exists(code, cvr)) {
            throw row.problem("cvr", "ingen virksomhed med dette CVR-nummer hos jobcentret; indlæs virksomhederne først");
        }
        return switch (kind) {
            case KONTAKTER -> contact(code, row, cvr);
            case AFTALER -> agreement(code, row, cvr);
            case HENVENDELSER -> inquiry(code, row, cvr);
            case FORLOEB -> placement(code, row, cvr);
            case VIRKSOMHEDER -> throw new IllegalStateException();
        };
    }

    private CompanyRecords.Company company(CsvInput.Row row, String cvr) {
        String name = text(row, "navn", 200);
        if (name == null) {
            throw row.problem("navn", "skal udfyldes");
        }
        String size = row.text("stoerrelse");
        if (size != null && !SIZES.contains(size)) {
            throw row.problem("stoerrelse", "skal være 1-9, 10-49, 50-249 eller 250+ (ansatte)");
        }
        Sector sector = row.text("sektor") == null ? Sector.PRIVAT : Sector.parse(row.text("sektor"))
                .orElseThrow(() -> row.problem("sektor", "skal være privat eller offentlig"));
        Integer municipality = row.integer("kommunekode", 101, 999);
        if (municipality != null && geography.municipality(municipality).isEmpty()) {
            throw row.problem("kommunekode", "er ikke en dansk kommunekode");
        }
        return new CompanyRecords.Company(cvr, name, text(row, "branche", 100), size, sector, municipality);
    }

    private Checked contact(int code, CsvInput.Row row, String cvr) {
        LocalDate date = notFuture(row, "dato", row.requiredDate("dato"));
        ContactKind form = ContactKind.parse(row.required("form"))
                .orElseThrow(() -> row.problem("form", "skal være besøg, møde, telefon eller mail"));
        CompanyRecords.Contact c = new CompanyRecords.Contact(cvr, date, form, text(row, "emne", 300));
        return new Checked(cvr + "|" + date + "|" + form, row.line(), r -> r.save(code, c));
    }

    private Checked agreement(int code, CsvInput.Row row, String cvr) {
        LocalDate signed = notFuture(row, "indgaaet", row.requiredDate("indgaaet"));
        LocalDate ends = row.date("udloeber");
        if (ends != null && ends.isBefore(signed)) {
            throw row.problem("udloeber", "ligger før aftalen blev indgået");
        }
        CompanyRecords.Agreement a = new CompanyRecords.Agreement(cvr, signed, ends, text(row, "socialt_ansvar", 1000));
        return new Checked(cvr + "|" + signed, row.line(), r -> r.save(code, a));
    }

    private Checked inquiry(int code, CsvInput.Row row, String cvr) {
        String ref = ref(row, "henvendelse_id");
        row.required("modtaget");
        LocalDateTime received = row.dateTime("modtaget");
        LocalDateTime answered = row.dateTime("besvaret");
        if (received.toLocalDate().isAfter(today())) {
            throw row.problem("modtaget", "ligger efter i dag");
        }
        if (answered != null && answered.isBefore(received)) {
            throw row.problem("besvaret", "ligger før henvendelsen blev modtaget");
        }
        CompanyRecords.Inquiry i = new CompanyRecords.Inquiry(ref, cvr, received, answered, text(row, "emne", 300));
        return new Checked(ref, row.line(), r -> r.save(code, i));
    }

    private Checked placement(int code, CsvInput.Row row, String cvr) {
        String ref = ref(row, "forloeb_id");
        PlacementKind kind = PlacementKind.parse(row.required("type")).orElseThrow(() -> row.problem("type",
                "skal være LOENTILSKUD, VIRKSOMHEDSPRAKTIK, FLEKSJOB eller ORDINAERT_JOB"));
        LocalDate start = notFuture(row, "start", row.requiredDate("start"));
        LocalDate end = row.date("slut");
        if (end != null && end.isBefore(start)) {
            throw row.problem("slut", "ligger før forløbets start");
        }
        PlacementOutcome outcome = row.text("udfald") == null ? null : PlacementOutcome.parse(row.text("udfald"))
                .orElseThrow(() -> row.problem("udfald", "skal være JOB, UDDANNELSE eller INGEN"));
        LocalDate outcomeOn = row.date("udfald_dato");
        if (outcome != null && end == null) {
            throw row.problem("udfald", "et udfald kræver en slutdato");
        }
        if (outcomeOn != null && (outcome == null || outcomeOn.isBefore(end))) {
            throw row.problem("udfald_dato", outcome == null ? "kræver et udfald" : "ligger før forløbets slutning");
        }
        Long citizen = citizen(code, row);
        CompanyRecords.Placement p = new CompanyRecords.Placement(ref, cvr, kind, start, end, citizen, outcome,
                outcomeOn);
        return new Checked(ref, row.line(), r -> r.save(code, p));
    }

    /** The progression record the case reference names, or null when the column is empty. */
    private Long citizen(int code, CsvInput.Row row) {
        String caseRef = row.text("sagsreference");
        if (caseRef == null) {
            return null;
        }
        CaseReference.problem(caseRef).ifPresent(p -> {
            throw row.problem("sagsreference", p);
        });
        return citizens.idOf(code, caseRef).orElseThrow(() -> row.problem("sagsreference",
                "ingen borger med denne sagsreference i progressionsregistret; lad feltet stå tomt eller opret borgeren"));
    }

    private static String ref(CsvInput.Row row, String field) {
        String ref = row.required(field);
        if (ref.length() > 60) {
            throw row.problem(field, "må højst være 60 tegn");
        }
        return ref;
    }

    private static String text(CsvInput.Row row, String field, int max) {
        String t = row.text(field);
        FreeText.problem("Feltet", t, max).ifPresent(p -> {
            throw row.problem(field, p);
        });
        return t;
    }

    private LocalDate notFuture(CsvInput.Row row, String field, LocalDate date) {
        if (date.isAfter(today())) {
            throw row.problem(field, "ligger efter i dag");
        }
        return date;
    }

    private LocalDate today() {
        return dk.raaderum.platform.DanishFormat.today(clock);
    }
}
