package dk.raaderum.partnership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.raaderum.partnership.FocusGroup;

/** A partnership of municipalities with KL: its stages and, per member, the focus groups it chose. */
record Partnership(String id, String name, String kind, LocalDate from, LocalDate to, String description,
        List<Stage> stages) {

    record Stage(int position, String name, List<Member> members) {
    }

    /** {@code example} marks a demo member or a demo choice of focus groups. */
    record Member(int code, String name, List<FocusGroup> focusGroups, boolean example) {
    }

    public List<Member> members() {
        return stages.stream().flatMap(s -> s.members().stream()).toList();
    }

    public boolean hasExamples() {
        return members().stream().anyMatch(Member::example);
    }

    public boolean hasMember(int code) {
        return members().stream().anyMatch(m -> m.code() == code);
    }

    public Optional<Stage> stageOf(int code) {
        return stages.stream().filter(s -> s.members().stream().anyMatch(m -> m.code() == code)).findFirst();
    }

    /** The name in a table heading: "Politisk partnerskab", "Flere i arbejde". */
    public String shortName() {
        return kind.equals("POLITISK_PARTNERSKAB") ? "Politisk partnerskab" : name;
    }

    /** "2013–2014", "2016–". */
    public String period() {
        return from.getYear() + "–" + (to == null ? "" : Integer.toString(to.getYear()));
    }
}
