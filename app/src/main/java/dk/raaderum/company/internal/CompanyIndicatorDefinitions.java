package dk.raaderum.company.internal;

import java.util.List;

import dk.raaderum.company.CompanyIndicators;
import dk.raaderum.indicator.GeoAggregation;
import dk.raaderum.indicator.GoodDirection;
import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.TimeRollUp;
import dk.raaderum.indicator.Unit;

/**
 * The company metrics in the indicator catalogue. They are the municipality's own figures, so none is published on
 * the public pages (the plan's goal form lists them by id). Their source says "syntetiske demodata" while any
 * municipality's company data are the synthetic demo set.
 */
final class CompanyIndicatorDefinitions {

    static final String SOURCE = "Jobcentrets CRM (virksomhedsservice), via Råderum";

    private CompanyIndicatorDefinitions() {
    }

    static String source(boolean synthetic) {
        return synthetic ? SOURCE + "; Vejen: syntetiske demodata" : SOURCE;
    }

    static List<Indicator> all(boolean synthetic) {
        String s = source(synthetic);
        return List.of(
                count(CompanyIndicators.COLLABORATING, "Virksomheder med borgere i løntilskud, praktik eller fleksjob",
                        Unit.VIRKSOMHEDER, s, GeoAggregation.NONE, TimeRollUp.AVERAGE_BY_DAYS,
                        GoodDirection.HIGHER_IS_BETTER, "Antal forskellige virksomheder med mindst ét løntilskud, én "
                                + "virksomhedspraktik eller ét fleksjob i perioden. Kvartaler og år er optalt for sig."),
                count(CompanyIndicators.COMPANIES, "Virksomheder i kommunen", Unit.VIRKSOMHEDER, s, GeoAggregation.SUM,
                        TimeRollUp.AVERAGE_BY_DAYS, GoodDirection.NEUTRAL,
                        "Antal virksomheder i kommunen pr. år, som lederen har angivet (fx fra Danmarks Statistik). Nævner."),
                share(CompanyIndicators.COLLABORATING_SHARE, "Andel af kommunens virksomheder i samarbejde", s,
                        CompanyIndicators.COLLABORATING, CompanyIndicators.COMPANIES, 100, Unit.PROCENT,
                        GoodDirection.HIGHER_IS_BETTER, "Virksomheder i samarbejde i procent af kommunens virksomheder."),
                count(CompanyIndicators.STARTED, "Påbegyndte løntilskud, praktikker og fleksjob", Unit.ANTAL, s,
                        GeoAggregation.SUM, TimeRollUp.SUM, GoodDirection.HIGHER_IS_BETTER,
                        "Borgere, der begyndte i løntilskud, virksomhedspraktik eller fleksjob i perioden. Tal på 1-4 "
                                + "og de tal, de ellers kunne regnes ud fra, vises ikke."),
                count(CompanyIndicators.STARTED_PRIVATE, "Påbegyndte forløb i private virksomheder", Unit.ANTAL, s,
                        GeoAggregation.SUM, TimeRollUp.SUM, GoodDirection.NEUTRAL,
                        "Af de påbegyndte forløb: dem i private virksomheder."),
                share(CompanyIndicators.PER_1000, "Påbegyndte forløb pr. 1.000 indbyggere 16-66 år", s,
                        CompanyIndicators.STARTED, "befolkning_16_66_afledt", 1000, Unit.PR_TUSIND,
                        GoodDirection.HIGHER_IS_BETTER, "Påbegyndte løntilskud, praktikker og fleksjob pr. 1.000 "
                                + "indbyggere 16-66 år i perioden (befolkningen afledt af Jobindsats)."),
                share(CompanyIndicators.PRIVATE_SHARE, "Andel af forløb i private virksomheder", s,
                        CompanyIndicators.STARTED_PRIVATE, CompanyIndicators.STARTED, 100, Unit.PROCENT,
                        GoodDirection.HIGHER_IS_BETTER, "Påbegyndte forløb i private virksomheder i procent af alle."),
                count(CompanyIndicators.FOLLOWED, "Afsluttede forløb fulgt 6 måneder", Unit.ANTAL, s,
                        GeoAggregation.SUM, TimeRollUp.SUM, GoodDirection.NEUTRAL,
                        "Forløb, der sluttede i perioden, når der er gået 6 måneder siden periodens slutning."),
                count(CompanyIndicators.IN_WORK, "Forløb efterfulgt af job eller uddannelse inden 6 måneder", Unit.ANTAL,
                        s, GeoAggregation.SUM, TimeRollUp.SUM, GoodDirection.HIGHER_IS_BETTER,
                        "Af de fulgte forløb: dem, hvor borgeren kom i ordinært job eller uddannelse inden 6 måneder."),
                share(CompanyIndicators.IN_WORK_SHARE, "Andel af forløb efterfulgt af job eller uddannelse", s,
                        CompanyIndicators.IN_WORK, CompanyIndicators.FOLLOWED, 100, Unit.PROCENT,
                        GoodDirection.HIGHER_IS_BETTER, "Forløb efterfulgt af ordinært job eller uddannelse inden 6 "
                                + "måneder, i procent af de afsluttede forløb, der er fulgt 6 måneder."),
                count(CompanyIndicators.MEDIAN_ANSWER, "Svartid på virksomheders henvendelser (median)", Unit.DAGE, s,
                        GeoAggregation.NONE, TimeRollUp.AVERAGE_BY_DAYS, GoodDirection.LOWER_IS_BETTER,
                        "Medianen af dage fra modtagelse til svar for henvendelser modtaget i perioden; ubesvarede "
                                + "tæller som længere end alle besvarede. Kvartaler og år er beregnet for sig."),
                count(CompanyIndicators.DECIDED, "Henvendelser, hvis svar kan vurderes mod serviceniveauet", Unit.ANTAL,
                        s, GeoAggregation.SUM, TimeRollUp.SUM, GoodDirection.NEUTRAL,
                        "Besvarede henvendelser og ubesvarede, hvis frist er overskredet."),
                count(CompanyIndicators.IN_TIME, "Henvendelser besvaret inden for serviceniveauet", Unit.ANTAL, s,
                        GeoAggregation.SUM, TimeRollUp.SUM, GoodDirection.HIGHER_IS_BETTER,
                        "Henvendelser besvaret inden for det serviceniveau, udvalget har fastsat."),
                share(CompanyIndicators.IN_TIME_SHARE, "Andel af henvendelser besvaret inden for serviceniveauet", s,
                        CompanyIndicators.IN_TIME, CompanyIndicators.DECIDED, 100, Unit.PROCENT,
                        GoodDirection.HIGHER_IS_BETTER, "Henvendelser besvaret inden for serviceniveauet i procent af "
                                + "dem, hvis svar kan vurderes."),
                count(CompanyIndicators.AGREEMENTS, "Partnerskabsaftaler med virksomheder", Unit.VIRKSOMHEDER, s,
                        GeoAggregation.SUM, TimeRollUp.LAST, GoodDirection.HIGHER_IS_BETTER,
                        "Partnerskabsaftaler (med sociale forpligtelser) i kraft ved periodens slutning."));
    }

    private static Indicator count(String id, String name, Unit unit, String source, GeoAggregation geo,
            TimeRollUp rollUp, GoodDirection direction, String description) {
        return new Indicator(id, name, unit, source, null, description, geo, null, null, 1, rollUp, false, direction);
    }

    private static Indicator share(String id, String name, String source, String numerator, String denominator,
            double factor, Unit unit, GoodDirection direction, String description) {
        return new Indicator(id, name, unit, source, null, description, GeoAggregation.RATIO, numerator, denominator,
                factor, TimeRollUp.AVERAGE_BY_DAYS, false, direction);
    }
}
