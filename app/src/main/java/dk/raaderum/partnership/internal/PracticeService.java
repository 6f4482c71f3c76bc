package dk.raaderum.partnership.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.raaderum.engine.CprShape;
import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.plan.TargetGroup;
import dk.raaderum.security.AuditTrail;
import dk.raaderum.security.CurrentUser;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;
import dk.raaderum.security.Role;

/** Adding cards to the practice library, and searching it. */
@Service
@Transactional
class PracticeService {

    /** What the library is searched by; null or blank matches all. */
    record Search(String text, Integer recommendation, String targetGroup, Integer municipality) {
    }

    private final PracticeRepository repository;
    private final IndicatorCatalog catalog;
    private final Geography geography;
    private final MunicipalityAccess access;
    private final AuditTrail audit;

    PracticeService(PracticeRepository repository, IndicatorCatalog catalog, Geography geography,
            MunicipalityAccess access, AuditTrail audit) {
        this.repository = repository;
        this.catalog = catalog;
        this.geography = geography;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Practice> search(Search s) {
        String text = s.text() == null ? "" : s.text().strip().toLowerCase(Locale.ROOT);
        return repository.all().stream()
                .filter(p -> text.isEmpty() || (p.title() + " " + p.description() + " " + p.municipalityName())
                        .toLowerCase(Locale.ROOT).contains(text))
                .filter(p -> s.recommendation() == null || p.recommendationNumbers().contains(s.recommendation()))
                .filter(p -> s.targetGroup() == null || s.targetGroup().isBlank()
                        || p.targetGroups().stream().anyMatch(g -> g.name().equals(s.targetGroup())))
                .filter(p -> s.municipality() == null || p.municipality() == s.municipality())
                .toList();
    }

    /** Whether the user may add a card for the municipality: its leder, or the network. */
    boolean mayAdd(Authentication user, Integer municipality) {
        Optional<CurrentUser> who = CurrentUser.of(user);
        if (who.isEmpty()) {
            return false;
        }
        if (who.get().network()) {
            return !who.get().hasRole(Role.POLITIKER);
        }
        return municipality != null && access.permits(user, municipality, Need.CHANGE);
    }

    Change create(Practice.Draft d, boolean example, String by) {
        if (d.municipality() == null || geography.municipality(d.municipality()).isEmpty()) {
            return Change.refused("municipality", "Vælg den kommune, praksissen kommer fra.");
        }
        Optional<Change.Refused> text = FreeText.check(
                new FreeText.Field("title", "Titel", d.title(), 200, true),
                new FreeText.Field("description", "Beskrivelse", d.description(), 5000, true),
                new FreeText.Field("contactRole", "Kontakt (rolle)", d.contactRole(), 200, true));
        if (text.isPresent()) {
            return text.get();
        }
        YearMonth start;
        try {
            start = YearMonth.parse(d.start() == null ? "" : d.start().strip());
        } catch (DateTimeParseException e) {
            return Change.refused("start", "Startmåneden skal skrives som ÅÅÅÅ-MM, fx 2023-01.");
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (Integer n : d.recommendations() == null ? List.<Integer>of() : d.recommendations()) {
            Optional<Recommendation> r = n == null ? Optional.empty() : Recommendation.of(n);
            if (r.isEmpty()) {
                return Change.refused("recommendations", "Anbefalingerne skal være tal fra 1 til 6.");
            }
            recommendations.add(r.get());
        }
        if (recommendations.isEmpty()) {
            return Change.refused("recommendations", "Vælg mindst én af de seks anbefalinger.");
        }
        List<TargetGroup> groups = new ArrayList<>();
        for (String g : d.targetGroups() == null ? List.<String>of() : d.targetGroups()) {
            Optional<TargetGroup> group = TargetGroup.parse(g);
            if (group.isEmpty()) {
                return Change.refused("targetGroups", "Målgruppen '" + CprShape.shown(g)
                        + "' findes ikke.");
            }
            groups.add(group.get());
        }
        List<String> indicators = d.indicators() == null ? List.of() : d.indicators().stream().distinct().toList();
        for (String i : indicators) {
            if (catalog.find(i).isEmpty()) {
                return Change.refused("indicators", "Indikatoren '" + CprShape.shown(i)
                        + "' findes ikke i kataloget.");
            }
        }
        long id = repository.create(d.municipality(), d.title().strip(), d.description().strip(), start,
                d.contactRole().strip(), recommendations.stream().distinct().toList(), groups.stream().distinct().toList(),
                indicators, example, by);
        audit.record(by, d.municipality(), "opret", "god praksis " + id, "ok", d.title().strip());
        return new Change.Done(id);
    }
}
