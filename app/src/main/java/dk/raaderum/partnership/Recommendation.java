package dk.raaderum.partnership;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The six recommendations of KL's political partnership on employment (2014), each with the concrete actions a
 * council can take and the statements the temperature survey asks about it. The texts are Råderum's own wording of
 * the recommendations' content; the actions of the sixth come from the partnership's summary of the economic
 * consequences (the 2016 refusion reform), since the recommendations' own text on it is not among the sources.
 */
public enum Recommendation {

    POLITISK_HANDLEKRAFT(1, "Styrk den politiske handlekraft",
            List.of("Formulér en vision for beskæftigelsesområdet, der hænger sammen med kommunens andre politikområder "
                            + "og er kendt i hele organisationen",
                    "Sæt politiske mål, og gør udvalgets værdier tydelige",
                    "Prioritér indsatsen mellem målgrupperne",
                    "Få kommunens vigtigste resultater og udfordringer forelagt fast og systematisk",
                    "Gå i dialog med borgere og virksomheder om indsatsen",
                    "Byg et samarbejde med forvaltningen på tillid og klare rammer for ledelsen",
                    "Udvikl udvalgets arbejdsform og møder, så der er plads til både visioner og konkrete prioriteringer"),
            List.of("Kommunalbestyrelsen har en vision og mål for beskæftigelsesområdet, der rækker flere år frem.",
                    "Udvalget får jævnligt forelagt kommunens vigtigste resultater og udfordringer på området.",
                    "Arbejdsdelingen mellem politikere og forvaltning er klar, og samarbejdet bygger på tillid.")),
    POLITISKE_PRINCIPPER(2, "Fastlæg politiske principper for indsatsen",
            List.of("Opstil mål for hver af de store grupper af ledige",
                    "Beslut en motorvej for hver stor målgruppe, så mål, indsats og budget hænger sammen",
                    "Fastlæg principper for samtalerne, borgerens motivation og administrationen af rådighedsreglerne",
                    "Fastlæg principper for aktiveringen: virksomhedernes rolle, jobrettet uddannelse, kommunale "
                            + "projekter og samspillet med kommunens andre tilbud",
                    "Lad udviklingsprojekter indgå i den samlede strategi i stedet for at stå alene"),
            List.of("Der er fastlagt politiske principper for indsatsen over for de store grupper af ledige.",
                    "Det er tydeligt, hvilken indsats jobcentret giver ud over lovens minimum, og hvorfor.",
                    "Mål, indsats og budget hænger sammen for hver af de store målgrupper.")),
    VIRKSOMHEDSSAMARBEJDE(3, "Styrk samarbejdet med virksomhederne",
            List.of("Indgå en politisk alliance med erhvervslivet, hvor god service følges af virksomhedernes sociale ansvar",
                    "Tænk beskæftigelses-, erhvervs- og uddannelsespolitikken sammen",
                    "Vedtag en strategi og et serviceniveau for samarbejdet med virksomhederne",
                    "Gør hele den kommunale organisation serviceorienteret over for virksomhederne",
                    "Giv virksomhederne én let indgang til jobcentret",
                    "Følg op på, om jobcentret matcher ledige og virksomheder godt"),
            List.of("Kommunen har en strategi og et serviceniveau for samarbejdet med virksomhederne.",
                    "Det er let for en virksomhed at komme i kontakt med jobcentret og få et hurtigt svar.",
                    "Jobcentret er godt til at matche ledige med virksomhedernes behov.")),
    HELHEDSORIENTERET_INDSATS(4, "Skærp den helhedsorienterede indsats",
            List.of("Vedtag en tværgående strategi med fælles mål og retning for borgere med brug for flere forvaltninger",
                    "Skab økonomiske rammer for tværgående indsatser: fælles budget eller klare aftaler om, hvem der betaler",
                    "Gennemfør et eftersyn af, om organisationen er gearet til at samarbejde på tværs",
                    "Drøft den helhedsorienterede indsats løbende med forvaltningens øverste ledelse",
                    "Læg en strategi for samarbejdet med a-kasser, uddannelsesinstitutioner, læger og sygehuse"),
            List.of("Der er fælles mål for borgere, der har brug for hjælp fra flere forvaltninger.",
                    "Det er aftalt, hvem der betaler for indsatser på tværs af forvaltningerne.",
                    "Medarbejdere fra forskellige forvaltninger arbejder godt sammen om den enkelte borger.")),
    EFFEKTER_OG_RESULTATER(5, "Skærp fokus på effekter og resultater",
            List.of("Følg op på resultaterne, og brug benchmark som pejlemærke for forbedringer, ikke som facitliste",
                    "Efterspørg viden om, hvilke indsatser der virker, og hvad de koster",
                    "Kræv, at jobcentret følger, om borgere langt fra arbejdsmarkedet kommer tættere på job eller uddannelse",
                    "Hold fokus på resultater for borgeren i samtaler, tilbud og visitation, så proceskrav ikke skygger",
                    "Brug beskæftigelsesplanen som politisk styringsdokument, brudt ned på jobcentrets teams"),
            List.of("Vi ved, hvilke af vores tilbud der virker, og hvad de koster.",
                    "Vi følger op på, om borgere langt fra arbejdsmarkedet rykker sig tættere på job eller uddannelse.",
                    "Beskæftigelsesplanens mål er brudt ned, så hvert team kender sine mål.")),
    OEKONOMISKE_KONSEKVENSER(6, "Vær bevidst om de økonomiske konsekvenser",
            List.of("Få udgifterne til forsørgelsesydelser og deres udvikling forelagt sammen med resultaterne",
                    "Kend refusionsreglernes betydning: hvad lange forløb på offentlig forsørgelse koster kommunen",
                    "Behandl nye indsatser som investeringer med en businesscase for udgift og gevinst",
                    "Følg de økonomiske konsekvenser af udvalgets prioriteringer i budgettet"),
            List.of("Politikerne kender udgifterne til forsørgelsesydelser og ved, hvad der driver dem.",
                    "Det er kendt i organisationen, at lange forløb på offentlig forsørgelse er dyre for kommunen.",
                    "Vi vurderer nye indsatser som investeringer med en forventet udgift og gevinst."));

    private final int number;
    private final String title;
    private final List<String> actions;
    private final List<String> statements;

    Recommendation(int number, String title, List<String> actions, List<String> statements) {
        this.number = number;
        this.title = title;
        this.actions = actions;
        this.statements = statements;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** "Anbefaling 4: Skærp den helhedsorienterede indsats". */
    public String label() {
        return "Anbefaling " + number + ": " + title;
    }

    /** The council's concrete actions, in order; each has the key "{number}.{position}", e.g. "3.2". */
    public List<Action> actions() {
        return IntStream.range(0, actions.size())
                .mapToObj(i -> new Action(number + "." + (i + 1), this, actions.get(i))).toList();
    }

    /** The statements a new temperature survey asks about this recommendation. */
    public List<String> statements() {
        return statements;
    }

    public static Optional<Recommendation> of(int number) {
        return Arrays.stream(values()).filter(r -> r.number == number).findFirst();
    }

    /** The recommendation with that number; an {@link IllegalArgumentException} in Danish when there is none. */
    public static Recommendation number(int number) {
        return of(number).orElseThrow(() -> new IllegalArgumentException(
                "Anbefalingen skal være et tal fra 1 til 6, ikke " + number));
    }

    /** The action with the key, e.g. "3.2". */
    public static Optional<Action> action(String key) {
        return Arrays.stream(values()).flatMap(r -> r.actions().stream()).filter(a -> a.key().equals(key)).findFirst();
    }

    /** One concrete action of a recommendation. */
    public record Action(String key, Recommendation recommendation, String text) {
    }
}
