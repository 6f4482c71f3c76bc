package dk.raaderum.dialogue.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.raaderum.dialogue.Audience;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.DemoDataReady;

/** Example dialogue meetings and synthetic survey results for Vejen, made once when the demo data are ready. */
@Component
class DemoDialogue {

    private static final int VEJEN = 575;
    private static final String CREATED = "demo_dialogue_created";
    private static final Logger log = LoggerFactory.getLogger(DemoDialogue.class);

    private final DialogueRepository repository;
    private final SatisfactionSurveys surveys;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDialogue(DialogueRepository repository, SatisfactionSurveys surveys, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(DemoDataReady.class)
    @Order(30)
    public void run() {
        if (jdbc.sql("select exists (select 1 from installation_setting where key = ?)").param(CREATED)
                .query(Boolean.class).single()) {
            return;
        }
        LocalDate today = DanishFormat.today(clock);
        meeting(today.minusDays(20), Audience.BORGERE, "Sygedagpengemodtagere i et aktiveringsforløb (eksempel)",
                "Hvordan opleves den første samtale? Hvad gør det lettere at bevare kontakten til arbejdspladsen?",
                "Udvalget beder om en sag om delvis raskmelding tidligere i forløbet.");
        meeting(today.minusDays(75), Audience.VIRKSOMHEDER, "Lokale virksomheder i byggeriet og industrien (eksempel)",
                "Svartider fra jobcentret, match mellem ledige og virksomhedernes behov.",
                "Udvalget vil have svartiden på virksomhedernes henvendelser med i kvartalsrapporten.");
        meeting(today.minusDays(160), Audience.BEGGE, "Unge uden uddannelse og virksomheder med praktikpladser (eksempel)",
                "Broen fra praktik til uddannelse.", "Et forsøg med mentorer i praktikken skal belyses.");
        int year = today.getYear();
        String csv = "aar;undersoegelse;svar;tilfredse\n"
                + (year - 3) + ";borgere;412;289\n" + (year - 2) + ";borgere;398;291\n" + (year - 1) + ";borgere;405;304\n"
                + (year - 3) + ";virksomheder;96;70\n" + (year - 2) + ";virksomheder;88;66\n"
                + (year - 1) + ";virksomheder;4;4\n";
        SatisfactionSurveys.Outcome outcome = surveys.importCsv(VEJEN, "demo-tilfredshed.csv", csv, "demo", true);
        jdbc.sql("insert into installation_setting (key, value) values (?, 'ja') on conflict do nothing").param(CREATED)
                .update();
        log.info("Eksempler på dialogmøder og syntetiske tilfredshedstal for Vejen er oprettet ({})", outcome);
    }

    private void meeting(LocalDate held, Audience audience, String participants, String themes, String takeaways) {
        repository.insert(VEJEN, new Meeting(0, held, audience, participants, themes, takeaways, true, "demo"),
                clock.instant());
    }
}
