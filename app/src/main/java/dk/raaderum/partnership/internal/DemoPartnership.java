package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.partnership.ActionStatus;
import dk.raaderum.partnership.FocusGroup;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyRole;
import dk.raaderum.partnership.SurveyStatement;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.PlanFollowUp;
import dk.raaderum.platform.DemoDataReady;
import dk.raaderum.security.MunicipalityAccess;

/**
 * The partnership's demo content, made once in an installation's life when the demo data are ready: example members of
 * "Flere i arbejde", temperature measurements for Vejen (2025 and 2026) and Holbæk (2026) with synthetic answers,
 * interviews, practice cards written from the recommendations' examples, Vejen's action plan and example network
 * meetings. Everything is marked as example or synthetic. The links from Vejen's actions to its plan's goals are made
 * when the application is ready, after the demo plan exists.
 */
@Component
class DemoPartnership {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);
    private static final String CREATED = "demo_partnership_created";
    private static final String LINKED = "demo_partnership_goals_linked";
    private static final String BY = "demo";
    private static final int VEJEN = 575;
    private static final int HOLBAEK = 316;
    private static final String POLITICAL = "politisk-partnerskab-2013";

    /** Mean scores per role and recommendation (1–6) that the synthetic answers scatter around: the gaps are the point. */
    private static final Map<SurveyRole, double[]> LEANING = Map.of(
            SurveyRole.POLITIKER, new double[] {4.1, 3.7, 3.9, 4.0, 3.5, 3.3},
            SurveyRole.DIREKTION, new double[] {3.8, 3.5, 3.6, 3.4, 3.6, 3.9},
            SurveyRole.LEDER, new double[] {3.5, 3.2, 3.5, 2.9, 3.3, 3.5},
            SurveyRole.MEDARBEJDER, new double[] {2.9, 2.7, 3.4, 2.3, 3.0, 2.8},
            SurveyRole.PARTNER, new double[] {3.0, 2.9, 3.0, 2.8, 2.9, 3.0});

    private final JdbcClient jdbc;
    private final PartnershipRepository partnerships;
    private final TemperatureRepository temperature;
    private final PracticeService practices;
    private final ActionPlanService actions;
    private final MeetingService meetings;
    private final MunicipalityAccess access;
    private final PlanFollowUp plan;

    DemoPartnership(JdbcClient jdbc, PartnershipRepository partnerships, TemperatureRepository temperature,
            PracticeService practices, ActionPlanService actions, MeetingService meetings, MunicipalityAccess access,
            PlanFollowUp plan) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
        this.temperature = temperature;
        this.practices = practices;
        this.actions = actions;
        this.meetings = meetings;
        this.access = access;
        this.plan = plan;
    }

    @EventListener(DemoDataReady.class)
    @Transactional
    public void create() {
        if (done(CREATED)) {
            return;
        }
        members();
        long vejen2025 = measurement(VEJEN, 2025, Map.of(SurveyRole.POLITIKER, 8, SurveyRole.LEDER, 7,
                SurveyRole.MEDARBEJDER, 35, SurveyRole.PARTNER, 3), -0.3, 2025);
        long vejen2026 = measurement(VEJEN, 2026, Map.of(SurveyRole.POLITIKER, 9, SurveyRole.DIREKTION, 3,
                SurveyRole.LEDER, 8, SurveyRole.MEDARBEJDER, 42, SurveyRole.PARTNER, 6), 0, 2026);
        measurement(HOLBAEK, 2026, Map.of(SurveyRole.POLITIKER, 11, SurveyRole.DIREKTION, 5, SurveyRole.LEDER, 9,
                SurveyRole.MEDARBEJDER, 38), 0.2, 316);
        access.setSharing(HOLBAEK, true, BY);
        comments(vejen2026);
        interviews(vejen2026);
        long slides = practiceCards();
        actionPlan(slides);
        networkMeetings();
        mark(CREATED);
        log.info("Demodata for partnerskaberne er oprettet (temperaturmålinger med syntetiske svar, god praksis, "
                + "handleplan og netværksmøder)");
    }

    /** Links Vejen's demo actions to its demo plan's goals, once, when both exist. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void linkGoals() {
        if (!done(CREATED) || done(LINKED)) {
            return;
        }
        List<FollowedGoal> goals = plan.newestPlanYear(VEJEN).map(y -> plan.goals(VEJEN, y)).orElse(List.of());
        if (goals.isEmpty()) {
            return;
        }
        Map<String, Long> byTitle = new HashMap<>();
        goals.forEach(g -> byTitle.putIfAbsent(g.goal().title(), g.goal().id()));
        for (ActionItem i : actions.plan(VEJEN)) {
            if (!i.example()) {
                continue;
            }
            List<Long> linked = switch (i.key()) {
                case "1.4" -> goals.stream().map(g -> g.goal().id()).toList();
                case "2.2" -> ids(byTitle, "Færre ledige");
                case "5.3" -> ids(byTitle, "Flere aktivitetsparate tættere på arbejdsmarkedet");
                case "6.3" -> ids(byTitle, "Færre på kontanthjælp", "Færre på sygedagpenge");
                default -> List.of();
            };
            if (!linked.isEmpty()) {
                actions.update(VEJEN, i.key(), new ActionItem.Draft(i.status().name(), i.owner(),
                        i.deadline() == null ? null : i.deadline().toString(), linked), BY);
            }
        }
        mark(LINKED);
    }

    private void members() {
        Map<Integer, List<FocusGroup>> chosen = Map.of(
                VEJEN, List.of(FocusGroup.UNGE, FocusGroup.FLYGTNINGE),
                751, List.of(FocusGroup.LANGT_FRA_ARBEJDSMARKEDET),
                HOLBAEK, List.of(FocusGroup.LANGT_FRA_ARBEJDSMARKEDET, FocusGroup.UNGE),
                510, List.of(FocusGroup.FLYGTNINGE),
                326, List.of(FocusGroup.UNGE));
        chosen.forEach((code, groups) -> partnerships.addMember("flere-i-arbejde", 1, code, groups, true));
    }

    /** A measurement with synthetic answers: each respondent scatters around the role's leaning (seeded, so repeatable). */
    private long measurement(int municipality, int year, Map<SurveyRole, Integer> respondents, double shift, long seed) {
        long id = temperature.create(municipality, year, true, BY);
        List<SurveyStatement> statements = temperature.statements(id);
        Random random = new Random(seed);
        for (SurveyRole role : SurveyRole.values()) {
            int n = respondents.getOrDefault(role, 0);
            if (n == 0) {
                continue;
            }
            temperature.addInvitations(id, role, List.of()); // the role's empty counts; no codes for synthetic answers
            for (int k = 0; k < n; k++) {
                Map<Long, Integer> scores = new HashMap<>();
                for (SurveyStatement s : statements) {
                    double mean = LEANING.get(role)[s.recommendation().number() - 1] + shift;
                    int score = (int) Math.round(mean + random.nextGaussian() * 0.9);
                    scores.put(s.id(), random.nextDouble() < 0.07 ? 0 : Math.max(1, Math.min(5, score)));
                }
                temperature.record(id, role, scores);
            }
        }
        return id;
    }

    private void comments(long measurement) {
        temperature.addComment(measurement, SurveyRole.MEDARBEJDER, "Syntetisk eksempel: Vi savner en fælles plan med "
                + "socialområdet for borgere, der har brug for hjælp fra flere sider.");
        temperature.addComment(measurement, SurveyRole.MEDARBEJDER, "Syntetisk eksempel: Det ugentlige overblik over "
                + "effekterne gør det lettere at se, om vi rykker noget.");
        temperature.addComment(measurement, SurveyRole.POLITIKER, "Syntetisk eksempel: Udvalget vil gerne have flere "
                + "sager med reelle alternativer at vælge imellem.");
        temperature.addComment(measurement, SurveyRole.PARTNER, "Syntetisk eksempel: Som virksomhed får vi hurtigt svar, "
                + "men kandidaterne passer ikke altid til opgaven.");
    }

    private void interviews(long measurement) {
        temperature.addInterview(measurement, LocalDate.of(2026, 3, 4), SurveyRole.POLITIKER,
                List.of(Recommendation.POLITISK_HANDLEKRAFT, Recommendation.HELHEDSORIENTERET_INDSATS),
                "Eksempel: Udvalget oplever at have klare mål, men får sjældent sager med alternativer. Samarbejdet med "
                        + "børne- og socialområdet drøftes kun, når der er problemer.", BY);
        temperature.addInterview(measurement, LocalDate.of(2026, 3, 6), SurveyRole.DIREKTION,
                List.of(Recommendation.EFFEKTER_OG_RESULTATER, Recommendation.OEKONOMISKE_KONSEKVENSER),
                "Eksempel: Direktionen følger udgifterne tæt, men mangler viden om, hvilke tilbud der virker for "
                        + "borgere langt fra arbejdsmarkedet.", BY);
        temperature.addInterview(measurement, LocalDate.of(2026, 3, 11), SurveyRole.MEDARBEJDER,
                List.of(Recommendation.HELHEDSORIENTERET_INDSATS, Recommendation.EFFEKTER_OG_RESULTATER),
                "Eksempel: Medarbejderne kender planens mål, men oplever, at det er uklart, hvem der betaler for en "
                        + "mentor, når borgeren også har en sag i socialforvaltningen.", BY);
    }

    /** Demo cards in Råderum's own words from the examples in KL's recommendations; returns the effect-slides card. */
    private long practiceCards() {
        long slides = card(HOLBAEK, "Ugentlige effektslides til alle medarbejdere", "Hver uge får alle medarbejdere i "
                + "jobcentret et kort sæt slides med udviklingen for de forskellige målgrupper, og effekterne af "
                + "indsatserne er fast på udvalgets dagsorden flere gange om året.", "2023-01", "Jobcenterchefen",
                List.of(5), List.of("TVAERGAAENDE"), List.of("ledige_pct_arbejdsstyrke", "kontanthjaelp_pct_befolkning"));
        card(153, "Progressionsmål for borgere langt fra arbejdsmarkedet", "Borger og sagsbehandler sætter sammen delmål "
                + "på vejen mod job eller uddannelse og vurderer ved hver samtale, om borgeren er på rette vej, eller om "
                + "indsatsen skal laves om.", "2022-09", "Afdelingsleder, kontanthjælp", List.of(5),
                List.of("AKTIVITETSPARATE_KONTANTHJAELP"), List.of("ordinaere_timer_andel"));
        card(326, "Aktivering i virksomhederne først", "Aktiveringen foregår så vidt muligt på rigtige arbejdspladser. "
                + "Kommunen samarbejder med erhvervsrådet, som hjælper med at finde praktikpladser til unge og til ledige, "
                + "der har svært ved at komme i gang.", "2022-06", "Leder af virksomhedsservice", List.of(2, 3),
                List.of("JOBPARATE", "UDDANNELSESPARATE_UNGE"), List.of("aktiveringsgrad", "ledige_pct_arbejdsstyrke"));
        card(420, "En politisk masterplan for beskæftigelsen", "Udvalget skrev fra bunden en plan med mål og strategier, "
                + "der rækker længere frem end den årlige beskæftigelsesplan, sammen med det lokale beskæftigelsesråd og "
                + "andre samarbejdspartnere.", "2023-03", "Formanden for beskæftigelsesudvalget", List.of(1),
                List.of("TVAERGAAENDE"), List.of("kontanthjaelp_pct_befolkning"));
        card(661, "Udvalgsmøder der, hvor borgerne er", "Udvalget holder dialogmøder med jobcentrets målgrupper på de "
                + "steder, hvor de er i aktivering, og bruger møderne til at få input til de næste prioriteringer. Sager "
                + "forelægges med alternative indstillinger.", "2023-09", "Sekretariatschef", List.of(1),
                List.of("SYGEMELDTE"), List.of("ledige_pct_arbejdsstyrke"));
        card(756, "Én indgang og hurtige svar til virksomhederne", "En politisk forankret strategi for "
                + "virksomhedskontakten: en hotline med hurtige svar, kyndig rådgivning og smidig sagsbehandling, så "
                + "virksomhederne oplever jobcentret som en professionel samarbejdspartner.", "2022-11",
                "Leder af virksomhedsservice", List.of(3), List.of("JOBPARATE"), List.of("ledige_pct_arbejdsstyrke"));
        return slides;
    }

    private long card(int municipality, String title, String description, String start, String contact,
            List<Integer> recommendations, List<String> groups, List<String> indicators) {
        Change change = practices.create(new Practice.Draft(municipality, title, description, start, contact,
                recommendations, groups, indicators), true, BY);
        if (change instanceof Change.Refused refused) {
            throw new IllegalStateException("Demokortet '" + title + "' blev afvist: " + refused.message());
        }
        return ((Change.Done) change).id();
    }

    private void actionPlan(long slides) {
        status("1.4", ActionStatus.I_GANG, "Jobcenterchefen", "2026-12-31");
        status("2.2", ActionStatus.GENNEMFOERT, "Beskæftigelsesudvalget", "2026-06-30");
        status("3.5", ActionStatus.I_GANG, "Leder af virksomhedsservice", "2026-09-30");
        status("4.2", ActionStatus.IKKE_STARTET, "Direktionen", "2027-03-31");
        status("5.3", ActionStatus.I_GANG, "Afdelingsleder, kontanthjælp", "2027-06-30");
        status("5.5", ActionStatus.GENNEMFOERT, "Jobcenterchefen", "2026-03-31");
        status("6.3", ActionStatus.I_GANG, "Økonomichefen", "2026-12-31");
        actions.adopt(VEJEN, slides, BY);
        status(ActionItem.practiceKey(slides), ActionStatus.I_GANG, "Jobcenterchefen", "2027-01-31");
        jdbc.sql("update action_plan_item set example = true where municipality_code = ? and changed_by = ?")
                .params(VEJEN, BY).update();
    }

    private void status(String key, ActionStatus status, String owner, String deadline) {
        actions.update(VEJEN, key, new ActionItem.Draft(status.name(), owner, deadline, List.of()), BY);
    }

    private void networkMeetings() {
        Partnership p = partnerships.find(POLITICAL).orElseThrow();
        List<Integer> first = p.stages().get(0).members().stream().map(Partnership.Member::code).toList();
        List<Integer> second = p.stages().get(1).members().stream().map(Partnership.Member::code).toList();
        meeting(p, "2013-09-12", "KL, Weidekampsgade 10, København S", "NETVAERKSMOEDE",
                List.of("BORGMESTRE", "UDVALGSFORMAEND", "TOPEMBEDSMAEND", "KL"), first,
                "Eksempel: 1. Velkomst og formålet med partnerskabet. 2. Hvad kendetegner kommuner med gode resultater? "
                        + "3. Første erfaringer fra temperaturmålingerne. 4. Næste skridt.",
                "Eksempel: Kommunerne fortalte om deres første temperaturmåling. Flere havde oplevet, at politikere og "
                        + "medarbejdere vurderede samarbejdet på tværs af forvaltningerne meget forskelligt.",
                "Eksempel: Hver kommune fremlægger sin måling for kommunalbestyrelsen inden næste møde.");
        meeting(p, "2013-11-20", "Faaborg-Midtfyn Kommune", "WORKSHOP", List.of("UDVALGSFORMAEND", "KOMMUNALBESTYRELSER",
                "JOBCENTERCHEFER", "KL"), List.of(430),
                "Eksempel: Workshop for beskæftigelsesudvalget om anbefaling 1 og 2: mål, prioriteringer og motorvejen for "
                        + "de store målgrupper.", "", "Eksempel: Udvalget beslutter motorveje for tre målgrupper i foråret.");
        meeting(p, "2014-09-18", "KL, Weidekampsgade 10, København S", "NETVAERKSMOEDE",
                List.of("BORGMESTRE", "UDVALGSFORMAEND", "TOPEMBEDSMAEND", "KL"), second,
                "Eksempel: 1. Anden etapes temperaturmålinger. 2. Effekter og resultater: benchmark som pejlemærke. "
                        + "3. Erfaringsudveksling i grupper.", "", "");
    }

    private void meeting(Partnership p, String date, String place, String kind, List<String> roles,
            List<Integer> municipalities, String agenda, String minutes, String agreements) {
        meetings.save(p, null, new Meeting.Draft(date, place, kind, roles, municipalities, agenda, minutes, agreements),
                true, BY);
    }

    private static List<Long> ids(Map<String, Long> byTitle, String... titles) {
        return Arrays.stream(titles).map(byTitle::get).filter(Objects::nonNull).toList();
    }

    private boolean done(String key) {
        return jdbc.sql("select exists (select 1 from installation_setting where key = ?)").param(key)
                .query(Boolean.class).single();
    }

    private void mark(String key) {
        jdbc.sql("insert into installation_setting (key, value) values (?, 'ja') on conflict do nothing").param(key)
                .update();
    }
}
