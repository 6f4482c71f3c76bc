package dk.raaderum.geography;

import java.util.List;
import java.util.Optional;

/** The municipalities and the hierarchy above them, and their outlines for maps. */
public interface Geography {

    /** All 98 municipalities, sorted by code. */
    List<Municipality> municipalities();

    Optional<Municipality> municipality(int code);

    /** Finds a municipality by its Danish name, ignoring case and an optional " Kommune". */
    Optional<Municipality> municipalityNamed(String name);

    List<Area> areas(AreaLevel level);

    Optional<Area> area(AreaLevel level, int code);

    /** The municipalities that make up an area (the municipality itself for a municipality). */
    List<Municipality> municipalitiesIn(Area area);

    /** The municipality's land area in km², from the DAGI boundaries (generalised to 1:500 000). */
    double areaKm2(int code);

    /** The municipality's label point (DAWA's visual centre) as {longitude, latitude}. */
    double[] labelPoint(int code);

    /** The outlines of all municipalities, Bornholm moved into an inset. */
    List<MapShape> mapShapes();

    /** The SVG view box that holds {@link #mapShapes()}. */
    String mapViewBox();
}
