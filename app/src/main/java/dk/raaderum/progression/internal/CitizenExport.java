package dk.raaderum.progression.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import dk.raaderum.platform.CsvSafety;
import dk.raaderum.progression.CitizenData;

/** An access request's answer: the record and everything other modules link to it, as JSON or as CSV facts. */
@Component
class CitizenExport {

    private final List<CitizenData> linked;
    private final Clock clock;

    CitizenExport(List<CitizenData> linked, Clock clock) {
        this.linked = linked;
        this.clock = clock;
    }

    CitizenJson.Export json(CitizenRecord r) {
        return new CitizenJson.Export(clock.instant(), CitizenJson.of(r), linkedFacts(r));
    }

    byte[] csv(CitizenRecord r) {
        List<CitizenData.Fact> facts = new ArrayList<>(CitizenJson.facts(r));
        facts.addAll(linkedFacts(r));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord("afsnit", "dato", "felt", "værdi");
            for (CitizenData.Fact f : facts) {
                printer.printRecord(CsvSafety.cell(f.section()), f.date() == null ? "" : f.date(),
                        CsvSafety.cell(f.field()), CsvSafety.cell(f.value()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<CitizenData.Fact> linkedFacts(CitizenRecord r) {
        return linked.stream().flatMap(l -> l.about(r.municipality(), r.id()).stream()).toList();
    }
}
