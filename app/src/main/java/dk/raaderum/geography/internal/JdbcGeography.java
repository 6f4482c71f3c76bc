package dk.raaderum.geography.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.raaderum.geography.Area;
import dk.raaderum.geography.AreaLevel;
import dk.raaderum.geography.Geography;
import dk.raaderum.geography.MapShape;
import dk.raaderum.geography.Municipality;
import dk.raaderum.platform.DanishFormat;

/** The geography, read once from the database after the master data is in place (it changes only with a release). */
@Service
class JdbcGeography implements Geography {

    private final Map<Integer, Municipality> municipalities;
    private final Map<AreaLevel, List<Area>> areas;
    private final MapOutlines outlines;
    private final LabelPoints labelPoints;

    JdbcGeography(JdbcClient jdbc, MasterDataLoader loader, MapOutlines outlines, LabelPoints labelPoints) {
        loader.load();
        this.outlines = outlines;
        this.labelPoints = labelPoints;
        Map<Integer, Area> regions = jdbc.sql("select code, name from region order by code")
                .query((rs, n) -> new Area(AreaLevel.REGION, rs.getInt(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Area::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Integer, Area> landsdele = jdbc.sql("select code, name from landsdel order by code")
                .query((rs, n) -> new Area(AreaLevel.LANDSDEL, rs.getInt(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Area::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.municipalities = jdbc.sql("""
                select code, name, landsdel_code, region_code, population, population_date
                from municipality order by code""")
                .query((rs, n) -> new Municipality(rs.getInt(1), rs.getString(2), landsdele.get(rs.getInt(3)),
                        regions.get(rs.getInt(4)), rs.getInt(5), rs.getDate(6).toLocalDate()))
                .list().stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Collator danish = Collator.getInstance(DanishFormat.DANISH);
        this.areas = Map.of(
                AreaLevel.KOMMUNE, municipalities.values().stream().map(Municipality::asArea)
                        .sorted(Comparator.comparing(Area::name, danish)).toList(),
                AreaLevel.LANDSDEL, List.copyOf(landsdele.values()),
                AreaLevel.REGION, List.copyOf(regions.values()),
                AreaLevel.LAND, List.of(Area.DENMARK));
    }

    @Override
    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    @Override
    public Optional<Municipality> municipality(int code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    @Override
    public Optional<Municipality> municipalityNamed(String name) {
        String wanted = normalise(name);
        return municipalities.values().stream().filter(m -> normalise(m.name()).equals(wanted)).findFirst();
    }

    private static String normalise(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT).replace('-', ' ');
        if (lower.endsWith(" kommune")) {
            lower = lower.substring(0, lower.length() - " kommune".length());
        }
        if (lower.equals("københavns")) {
            lower = "københavn";
        }
        return lower.replaceAll("\\s+", " ");
    }

    @Override
    public List<Area> areas(AreaLevel level) {
        return areas.get(level);
    }

    @Override
    public Optional<Area> area(AreaLevel level, int code) {
        return areas.get(level).stream().filter(a -> a.code() == code).findFirst();
    }

    @Override
    public List<Municipality> municipalitiesIn(Area area) {
        return municipalities.values().stream().filter(m -> switch (area.level()) {
            case KOMMUNE -> m.code() == area.code();
            case LANDSDEL -> m.landsdel().code() == area.code();
            case REGION -> m.region().code() == area.code();
            case LAND -> true;
        }).toList();
    }

    @Override
    public double areaKm2(int code) {
        return outlines.areaKm2(code);
    }

    @Override
    public double[] labelPoint(int code) {
        return labelPoints.of(code);
    }

    @Override
    public List<MapShape> mapShapes() {
        return outlines.shapes();
    }

    @Override
    public String mapViewBox() {
        return outlines.viewBox();
    }
}
