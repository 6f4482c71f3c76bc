package dk.raaderum.indicator.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.indicator.Indicator;
import dk.raaderum.indicator.IndicatorCatalog;

/**
 * The catalogue: shipped definitions are written to the database at start, imports may add more.
 * Read from the database each time (it is a few rows), so an indicator defined by a command-line import
 * in another process is visible at once.
 */
@Service
class JdbcIndicatorCatalog implements IndicatorCatalog {

    private final IndicatorRows rows;

    JdbcIndicatorCatalog(IndicatorRows rows) {
        this.rows = rows;
        List<Indicator> shipped = CatalogFile.read().indicators();
        shipped.forEach(rows::upsert);
        rows.linkFractions(shipped);
    }

    @Override
    public List<Indicator> all() {
        return rows.all();
    }

    @Override
    public List<Indicator> published() {
        return rows.all().stream().filter(Indicator::published).toList();
    }

    @Override
    public Optional<Indicator> find(String id) {
        return rows.all().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    @Transactional
    public void define(Indicator indicator) {
        rows.upsert(indicator);
        rows.linkFractions(List.of(indicator));
    }

    Map<String, Indicator> asMap() {
        return rows.all().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }
}
