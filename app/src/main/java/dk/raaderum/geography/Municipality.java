package dk.raaderum.geography;

import java.time.LocalDate;

/** One of the 98 municipalities, with the areas it belongs to and its population. */
public record Municipality(int code, String name, Area landsdel, Area region, int population, LocalDate populationDate) {

    public Area asArea() {
        return new Area(AreaLevel.KOMMUNE, code, name);
    }

    /** The municipality's code as Danish sources write it: three digits, e.g. "165". */
    public String codeText() {
        return Integer.toString(code);
    }
}
