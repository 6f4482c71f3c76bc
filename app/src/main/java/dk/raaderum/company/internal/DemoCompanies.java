package dk.raaderum.company.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dk.raaderum.company.ContactKind;
import dk.raaderum.company.PlacementKind;
import dk.raaderum.company.PlacementOutcome;
import dk.raaderum.company.Sector;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.DemoDataReady;
import dk.raaderum.progression.CitizenDirectory;

/**
 * Synthetic company data for Vejen, marked synthetic wherever shown: about 120 companies (CVR numbers from the 99xxxxxx
 * range, valid by the modulus-11 check but not issued as far as we know), placements since January two years ago —
 * some linked to the synthetic progression records — inquiries, contacts and partnership agreements, a service level of
 * two days and an example count of the municipality's companies. Made once, after the progression demo.
 */
@Component
class DemoCompanies {

    private static final int VEJEN = 575;
    private static final String CREATED = "demo_companies_created";
    private static final Logger log = LoggerFactory.getLogger(DemoCompanies.class);
    private static final String[][] INDUSTRIES = {{"Byggeri", "Tømrer & Byg"}, {"Industri", "Metal"},
        {"Detailhandel", "Købmand"}, {"Transport", "Vognmand"}, {"Landbrug", "Maskinstation"},
        {"Rengøring", "Service"}, {"Hotel og restauration", "Kro"}, {"Pleje og omsorg", "Plejecenter"}};
    private static final String[] PLACES = {"Vejen", "Brørup", "Rødding", "Holsted", "Askov", "Gesten", "Lintrup",
        "Bække", "Jels", "Skodborg"};
    private static final String[] SIZES = {"1-9", "1-9", "10-49", "10-49", "50-249", "250+"};

    private final CompanyRepository repository;
    private final CompanyMetrics metrics;
    private final CitizenDirectory citizens;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCompanies(CompanyRepository repository, CompanyMetrics metrics, CitizenDirectory citizens, JdbcClient jdbc,
            TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.metrics = metrics;
        this.citizens = citizens;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(DemoDataReady.class)
    @Order(20)
    public void run() {
        if (jdbc.sql("select exists (select 1 from installation_setting where key = ?)").param(CREATED)
                .query(Boolean.class).single()) {
            return;
        }
        int companies = transaction.execute(status -> {
            int n = create(new Random(2026), DanishFormat.today(clock));
            metrics.recompute(VEJEN, "demo");
            jdbc.sql("insert into installation_setting (key, value) values (?, 'ja')").param(CREATED).update();
            return n;
        });
        log.info("Syntetiske virksomhedsdata for Vejen Kommune er oprettet ({} virksomheder)", companies);
    }

    /** A CVR number in the 99xxxxxx range whose check digit makes the weighted sum a multiple of 11. */
    static String syntheticCvr(Random random) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        while (true) {
            int[] digits = {9, 9, random.nextInt(10), random.nextInt(10), random.nextInt(10), random.nextInt(10),
                random.nextInt(10)};
            int sum = 0;
            StringBuilder cvr = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                sum += digits[i] * weights[i];
                cvr.append(digits[i]);
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return cvr.append(check).toString();
            }
        }
    }

    private int create(Random random, LocalDate today) {
        LocalDate first = LocalDate.of(today.getYear() - 2, 1, 1);
        List<String> cvrs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String cvr = syntheticCvr(random);
            if (cvrs.contains(cvr)) {
                continue;
            }
            String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            Sector sector = industry[0].equals("Pleje og omsorg") || random.nextInt(6) == 0 ? Sector.OFFENTLIG
                    : Sector.PRIVAT;
            String name = PLACES[random.nextInt(PLACES.length)] + " " + industry[1] + " " + (i + 1) + " (syntetisk)";
            repository.save(VEJEN, new CompanyRecords.Company(cvr, name, industry[0], SIZES[random.nextInt(SIZES.length)],
                    sector, VEJEN), true, clock.instant());
            cvrs.add(cvr);
        }
        int ref = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                if (random.nextInt(10) < 9) {
                    placement(++ref, cvrs.get(random.nextInt(cvrs.size())), day, today, random);
                }
            }
            if (random.nextInt(10) < 8) {
                inquiry(++ref, cvrs.get(random.nextInt(cvrs.size())), day, today, random);
            }
            if (random.nextInt(10) < 3) {
                repository.save(VEJEN, new CompanyRecords.Contact(cvrs.get(random.nextInt(cvrs.size())), day,
                        ContactKind.values()[random.nextInt(ContactKind.values().length)], "Rekruttering og praktik"));
            }
        }
        for (int i = 0; i < 15; i++) {
            LocalDate signed = first.plusDays(random.nextInt(500));
            repository.save(VEJEN, new CompanyRecords.Agreement(cvrs.get(i * 7 % cvrs.size()), signed,
                    random.nextBoolean() ? null : signed.plusYears(2), "Tager mindst to borgere i praktik om året og "
                            + "tilbyder ansættelse på særlige vilkår (eksempel)"));
        }
        repository.setServiceLevel(VEJEN, 2, "demo", clock.instant());
        for (int year = first.getYear(); year <= today.getYear(); year++) {
            repository.setPopulation(VEJEN, year, 2_810 + 25 * (year - first.getYear()),
                    "Syntetisk eksempel (ikke Danmarks Statistiks tal)");
        }
        return cvrs.size();
    }

    private void placement(int ref, String cvr, LocalDate start, LocalDate today, Random random) {
        int draw = random.nextInt(20);
        PlacementKind kind = draw < 9 ? PlacementKind.VIRKSOMHEDSPRAKTIK : draw < 15 ? PlacementKind.LOENTILSKUD
                : draw < 18 ? PlacementKind.FLEKSJOB : PlacementKind.ORDINAERT_JOB;
        int days = switch (kind) {
            case VIRKSOMHEDSPRAKTIK -> 28 + random.nextInt(63);
            case LOENTILSKUD -> 90 + random.nextInt(90);
            case FLEKSJOB -> 200 + random.nextInt(600);
            case ORDINAERT_JOB -> 365 + random.nextInt(365);
        };
        LocalDate end = start.plusDays(days);
        if (end.isAfter(today)) {
            end = null;
        }
        PlacementOutcome outcome = null;
        LocalDate outcomeOn = null;
        if (end != null && kind.isEffort()) {
            int chance = kind == PlacementKind.LOENTILSKUD ? 55 : kind == PlacementKind.VIRKSOMHEDSPRAKTIK ? 40 : 30;
            if (random.nextInt(100) < chance) {
                outcome = random.nextInt(5) == 0 ? PlacementOutcome.UDDANNELSE : PlacementOutcome.JOB;
                outcomeOn = end.plusDays(random.nextInt(150));
                if (outcomeOn.isAfter(today)) {
                    outcome = null;
                    outcomeOn = null;
                }
            } else if (end.plusMonths(6).isBefore(today)) {
                outcome = PlacementOutcome.INGEN;
            }
        }
        Optional<Long> citizen = random.nextInt(10) < 3
                ? citizens.idOf(VEJEN, String.format("SYN-%04d", 1 + random.nextInt(300))) : Optional.empty();
        repository.save(VEJEN, new CompanyRecords.Placement("F-" + ref, cvr, kind, start, end, citizen.orElse(null),
                outcome, outcomeOn));
    }

    private void inquiry(int ref, String cvr, LocalDate day, LocalDate today, Random random) {
        LocalDateTime received = day.atTime(8 + random.nextInt(8), random.nextInt(60));
        double days = Math.exp(random.nextGaussian() * 0.9) * 1.1;
        LocalDateTime answered = received.plusMinutes((long) (days * 24 * 60));
        if (answered.toLocalDate().isAfter(today) || random.nextInt(40) == 0) {
            answered = null;
        }
        repository.save(VEJEN, new CompanyRecords.Inquiry("H-" + ref, cvr, received, answered,
                random.nextBoolean() ? "Rekruttering" : "Spørgsmål om løntilskud"));
    }
}
