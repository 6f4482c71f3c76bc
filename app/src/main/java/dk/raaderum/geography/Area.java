package dk.raaderum.geography;

/** One area at one level; the whole country has code 0. */
public record Area(AreaLevel level, int code, String name) {

    public static final Area DENMARK = new Area(AreaLevel.LAND, 0, "Hele landet");

    public boolean isMunicipality() {
        return level == AreaLevel.KOMMUNE;
    }
}
