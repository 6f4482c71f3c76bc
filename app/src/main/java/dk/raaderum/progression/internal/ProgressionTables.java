package dk.raaderum.progression.internal;

import java.util.ArrayList;
import java.util.List;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import dk.raaderum.platform.table.Quantity;
import dk.raaderum.progression.Dimension;
import dk.raaderum.progression.ProgressionAggregate;
import dk.raaderum.progression.ProgressionAggregate.Figures;

/** Aggregated progression as tables: the same rows on the page, in the committee report and in every download. */
final class ProgressionTables {

    static final Quantity CHANGE = new Quantity(2, "point", 1, true);
    static final Quantity CITIZENS = new Quantity(0, "borgere", 1, false);
    static final String TOTAL = "I alt";

    private ProgressionTables() {
    }

    /** Where the figures come from, what they are, and that small groups are withheld; "syntetisk" when they are. */
    static String source(ProgressionFigures.Result r) {
        return "Kilde: jobcentrets progressionsvurderinger i Råderum" + (r.synthetic() ? " (syntetiske demodata)" : "")
                + ", opgjort " + DanishFormat.date(r.asOf()) + ". Ændringen er sagsbehandlerens vurdering (1-5) ved "
                + "seneste samtale minus vurderingen ca. " + r.months() + " måneder før. «Undertrykt»: gruppen har færre end 5 "
                + "borgere, eller den er skjult, for at en lille gruppe ikke kan regnes ud fra totalen.";
    }

    /** Per group: citizens, mean change, share with progress (and, with {@code interval}, the 95 % interval). */
    static DataTable overview(ProgressionFigures.Result r, boolean interval) {
        List<String> header = new ArrayList<>(List.of(r.by().danish(), "Borgere", "Gns. ændring", "Andel med fremgang"));
        if (interval) {
            header.addAll(List.of("95 %-interval, nedre", "95 %-interval, øvre"));
        }
        DataTable.Builder t = DataTable.builder(id(r, interval ? "indsatser" : "oversigt"),
                caption(r, interval ? "Indsatser og udvikling" : "Udvikling") + (interval
                        ? " (sammenhæng, ikke årsag)" : ""), header.toArray(String[]::new));
        for (Figures f : withTotal(r.table())) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(f.group() == null ? TOTAL : f.group()));
            row.add(figure(f, f.citizens() == null ? null : f.citizens().doubleValue(), CITIZENS));
            row.add(figure(f, f.meanChange(), CHANGE));
            row.add(figure(f, f.shareWithProgress(), Quantity.PERCENT));
            if (interval) {
                row.add(figure(f, f.interval() == null ? null : f.interval().lower(), CHANGE));
                row.add(figure(f, f.interval() == null ? null : f.interval().upper(), CHANGE));
            }
            t.row(row);
        }
        return t.source(source(r)).build();
    }

    /** Per group and dimension: the mean change. */
    static DataTable dimensions(ProgressionFigures.Result r) {
        List<String> header = new ArrayList<>(List.of(r.by().danish()));
        r.dimensions().stream().map(Dimension::name).forEach(header::add);
        DataTable.Builder t = DataTable.builder(id(r, "dimensioner"), caption(r, "Gennemsnitlig ændring pr. dimension"),
                header.toArray(String[]::new));
        for (Figures f : withTotal(r.table())) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(f.group() == null ? TOTAL : f.group()));
            for (Dimension d : r.dimensions()) {
                row.add(f.suppressed() || f.suppressedDimensions().contains(d.id()) ? Cell.suppressed()
                        : Cell.figure(f.dimensions().get(d.id()), CHANGE));
            }
            t.row(row);
        }
        return t.source(source(r)).build();
    }

    private static Cell figure(Figures f, Double value, Quantity quantity) {
        return f.suppressed() ? Cell.suppressed() : Cell.figure(value, quantity);
    }

    private static List<Figures> withTotal(ProgressionAggregate.Table table) {
        List<Figures> all = new ArrayList<>(table.groups());
        all.add(table.total());
        return all;
    }

    private static String id(ProgressionFigures.Result r, String kind) {
        return "progression-" + kind + "-" + r.by().page() + "-" + r.months();
    }

    private static String caption(ProgressionFigures.Result r, String what) {
        return what + " over " + r.months() + " måneder pr. " + r.by().danish().toLowerCase(DanishFormat.DANISH);
    }
}
