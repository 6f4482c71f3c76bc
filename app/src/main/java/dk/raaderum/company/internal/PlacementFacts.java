package dk.raaderum.company.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.raaderum.progression.CitizenData;

/** The placements linked to a citizen's record, for an access request. */
@Component
class PlacementFacts implements CitizenData {

    private final CompanyRepository repository;

    PlacementFacts(CompanyRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Fact> about(int municipality, long citizenId) {
        List<Fact> facts = new ArrayList<>();
        for (CompanyRecords.Placement p : repository.placementsOf(municipality, citizenId)) {
            String company = repository.company(municipality, p.cvr()).map(c -> c.name() + " (CVR " + c.cvr() + ")")
                    .orElse("CVR " + p.cvr());
            String section = "forløb i virksomhed";
            facts.add(new Fact(section, p.start().toString(), p.kind().danish(), company));
            if (p.end() != null) {
                facts.add(new Fact(section, p.end().toString(), "slut", p.ref()));
            }
            if (p.outcome() != null) {
                facts.add(new Fact(section, p.outcomeOn() == null ? null : p.outcomeOn().toString(), "udfald",
                        p.outcome().danish()));
            }
        }
        return facts;
    }
}
