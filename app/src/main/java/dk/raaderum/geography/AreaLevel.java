package dk.raaderum.geography;

/** The levels of the geography hierarchy: kommune → landsdel → region → hele landet. */
public enum AreaLevel {
    KOMMUNE("kommune"), LANDSDEL("landsdel"), REGION("region"), LAND("hele landet");

    private final String danish;

    AreaLevel(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** Parses the API's lower-case names ("kommune", "landsdel", "region", "land"). */
    public static AreaLevel parse(String text) {
        for (AreaLevel level : values()) {
            if (level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Ukendt niveau '" + text + "': brug kommune, landsdel, region eller land");
    }
}
