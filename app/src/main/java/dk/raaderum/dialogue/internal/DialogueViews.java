package dk.raaderum.dialogue.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;

@Component
class DialogueViews {

    DataTable meetings(List<Meeting> meetings) {
        DataTable.Builder t = DataTable.builder("dialogmoeder", "Dialogmøder med borgere og virksomheder", "Dato",
                "Med", "Deltagere", "Temaer", "Det tog udvalget med sig");
        for (Meeting m : meetings) {
            t.row(Cell.text(DanishFormat.date(m.heldOn()) + (m.synthetic() ? " (eksempel)" : "")),
                    Cell.text(m.audience().danish()), Cell.text(m.participants()), Cell.text(m.themes()),
                    Cell.text(m.takeaways() == null ? "" : m.takeaways()));
        }
        return t.source("Kilde: udvalgets egne registreringer i Råderum"
                + (meetings.stream().anyMatch(Meeting::synthetic) ? "; møder markeret (eksempel) er syntetiske demodata"
                        : "") + ".").build();
    }
}
