package dk.raaderum.indicator;

import java.util.List;
import java.util.Optional;

/** The indicators Råderum knows: the shipped catalogue plus those defined by imports. */
public interface IndicatorCatalog {

    List<Indicator> all();

    /** The indicators meant to be shown (helper series left out), in catalogue order. */
    List<Indicator> published();

    Optional<Indicator> find(String id);

    /** Adds or replaces an indicator definition (for example one named by a Statistics Denmark import). */
    void define(Indicator indicator);
}
