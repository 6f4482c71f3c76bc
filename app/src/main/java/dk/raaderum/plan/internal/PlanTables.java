package dk.raaderum.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.raaderum.indicator.Unit;
import dk.raaderum.plan.FollowedGoal;
import dk.raaderum.plan.Motorvej;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;

/** The steering documents' tables, as the pages show them and as they download. */
final class PlanTables {

    private PlanTables() {
    }

    /** The quantity of a goal's figures: its unit, its decimals. */
    static Quantity quantity(FollowedGoal g) {
        return g.unit().equals(Unit.PROCENT.danish()) ? Quantity.PERCENT
                : new Quantity(g.decimals(), g.unit(), 1, false);
    }

    static DataTable goals(int municipality, int year, List<FollowedGoal> goals, String source) {
        DataTable.Builder table = DataTable.builder("maal", "Mål i beskæftigelsesplanen " + year, "Mål", "Type og indikator",
                "Målgruppe", "Basislinje", "Seneste", "Seneste måned", "Målværdi", "Frist", "Status");
        for (FollowedGoal f : goals) {
            Quantity q = quantity(f);
            var latest = f.assessment().latest();
            table.row(Cell.link(f.goal().title(), "/kommune/" + municipality + "/plan/maal/" + f.goal().id()),
                    Cell.text(f.goal().kind().danish() + " · " + f.indicatorName()),
                    Cell.text(f.goal().targetGroup().danish()), Cell.figure(f.baseline(), q),
                    Cell.figure(latest == null ? null : latest.value(), q),
                    Cell.text(latest == null ? DanishFormat.MISSING : DanishFormat.month(latest.month().atDay(1))),
                    Cell.figure(f.goal().target(), q), Cell.text(DanishFormat.month(f.goal().deadline().atDay(1))),
                    Cell.text(f.assessment().status().danish()));
        }
        return table.source(source).build();
    }

    static DataTable teams(FollowedGoal g) {
        DataTable.Builder table = DataTable.builder("hold", "Holdenes mål", "Hold", "Mål", "Ansvarlig");
        g.goal().teams().forEach(t -> table.row(Cell.text(t.team()), Cell.figure(t.target(), quantity(g)),
                Cell.text(t.owner())));
        return table.build();
    }

    static DataTable snapshots(FollowedGoal g, List<PlanRepository.Snapshot> snapshots) {
        DataTable.Builder table = DataTable.builder("kvartaler", "Status ved hvert kvartals udgang, som den blev gemt",
                "Kvartal", "Status", "Seneste tal", "Begrundelse", "Gemt");
        snapshots.forEach(s -> table.row(Cell.text(s.quarter().danishInFull()), Cell.text(s.status().danish()),
                Cell.figure(s.latestValue(), quantity(g)), Cell.text(s.reasoning()), Cell.text(DanishFormat.date(s.takenAt()))));
        return table.build();
    }

    static DataTable revisionGoals(int year, List<FollowedGoal> goals) {
        DataTable.Builder table = DataTable.builder("maal", "Målene i beskæftigelsesplanen " + year, "Mål", "Målværdi",
                "Seneste", "Seneste måned", "Status", "Begrundelse");
        for (FollowedGoal f : goals) {
            var latest = f.assessment().latest();
            table.row(Cell.text(f.goal().title()), Cell.figure(f.goal().target(), quantity(f)),
                    Cell.figure(latest == null ? null : latest.value(), quantity(f)),
                    Cell.text(latest == null ? DanishFormat.MISSING : DanishFormat.month(latest.month().atDay(1))),
                    Cell.text(f.assessment().status().danish()), Cell.text(f.assessment().reasoning()));
        }
        return table.build();
    }

    static DataTable comparisons(List<SteeringFigures.Comparison> comparisons, String source) {
        DataTable.Builder table = DataTable.builder("sammenligning", "Andele i pct.; forskellen til de sammenlignelige "
                + "kommuner omregnet til fuldtidspersoner og kroner pr. år", "Nøgletal", "Periode", "Kommunen",
                "Sammenlignelige", "Forventet", "90 %-interval", "Fuldtidspersoner over de sammenlignelige",
                "Det svarer til pr. år");
        for (SteeringFigures.Comparison c : comparisons) {
            table.row(Cell.text(c.name()), Cell.text(c.period()), Cell.figure(c.actual(), Quantity.PERCENT),
                    Cell.figure(c.peers(), Quantity.PERCENT), Cell.figure(c.expected(), Quantity.PERCENT),
                    Cell.text(c.lower() == null ? DanishFormat.MISSING
                            : DanishFormat.number(c.lower(), 1) + "–" + DanishFormat.number(c.upper(), 1) + " pct."),
                    Cell.figure(c.personsAbovePeers(), Quantity.COUNT.withSign()),
                    Cell.figure(c.dkkAbovePeers(), Quantity.MILLION_KRONER.withSign()));
        }
        return table.source(source).build();
    }

    static DataTable budget(int year, List<PlanPageController.MotorvejRow> rows) {
        DataTable.Builder table = DataTable.builder("budget", "Budget og kommunens udgift efter refusion pr. målgruppe, "
                + year, "Målgruppe", "Budget", "Udgift, 12 mdr.", "Periode", "Virksomhedsrettet", "Uddannelse",
                "Kommunale projekter", "Nytteindsats");
        Quantity share = new Quantity(0, "pct.", 1, false);
        for (PlanPageController.MotorvejRow r : rows) {
            Motorvej m = r.saved();
            table.row(Cell.text(r.group().danish()),
                    m == null || m.budgetDkk() == null ? Cell.text("intet budget") : Cell.figure(m.budgetDkk(), Quantity.MILLION_KRONER),
                    Cell.figure(r.cost() == null ? null : r.cost().dkk(), Quantity.MILLION_KRONER),
                    Cell.text(r.cost() == null ? "" : r.cost().first().danish() + "–" + r.cost().last().danish()),
                    mix(m == null ? null : m.mixCompany(), share), mix(m == null ? null : m.mixEducation(), share),
                    mix(m == null ? null : m.mixProjects(), share), mix(m == null ? null : m.mixNytte(), share));
        }
        return table.build();
    }

    private static Cell mix(Double value, Quantity share) {
        return value == null ? Cell.text("ikke fastsat") : Cell.figure(value, share);
    }

    static DataTable alternatives(DecisionCase c) {
        DataTable.Builder table = DataTable.builder("sag-" + c.id() + "-indstillinger", "Indstillinger", "Indstilling",
                "Forventet effekt", "Forventet udgift", "Valgt");
        for (DecisionCase.Alternative a : c.alternatives()) {
            table.row(Cell.text(a.title() + (a.recommended() ? " (administrationens indstilling)" : "")),
                    Cell.text(a.expectedEffect()),
                    a.expectedCost() == null ? Cell.text("ikke oplyst") : Cell.figure(a.expectedCost(), Quantity.MILLION_KRONER),
                    Cell.text(c.chosen() != null && c.chosen() == a.id() ? "valgt" : ""));
        }
        return table.build();
    }

    /** Each case with its table of alternatives and the goals it concerns (titles, never an empty link). */
    record CaseView(DecisionCase c, DataTable alternatives, List<GoalLink> goals) {
    }

    record GoalLink(String title, String href) {
    }

    static List<CaseView> cases(int municipality, List<DecisionCase> cases, Map<Long, String> goalTitles) {
        List<CaseView> views = new ArrayList<>();
        for (DecisionCase c : cases) {
            views.add(new CaseView(c, alternatives(c), c.goals().stream().map(id -> new GoalLink(
                    goalTitles.getOrDefault(id, "Mål nr. " + id), "/kommune/" + municipality + "/plan/maal/" + id)).toList()));
        }
        return views;
    }
}
