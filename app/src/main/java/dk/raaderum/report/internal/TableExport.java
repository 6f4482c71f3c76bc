package dk.raaderum.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.raaderum.platform.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns a table of a rendered page into CSV (semicolons, UTF-8 with BOM, the text exactly as shown) or a real
 * .xlsx (numbers as numbers with Danish display formats, units kept in the format). Reading the rendered page
 * means every table exports exactly what its reader sees, with the same access rules.
 */
final class TableExport {

    /** "1.234", "-0,61", "+12", "17,9 mio. kr.": a Danish number, and what follows it. */
    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?: (.+))?");

    record Table(String name, List<String> header, List<List<String>> rows) {
    }

    private TableExport() {
    }

    static Optional<Table> find(String html, String id) {
        Element table = Jsoup.parse(html).getElementById(id);
        if (table == null || !table.tagName().equals("table")) {
            return Optional.empty();
        }
        List<String> header = table.select("thead tr").stream().findFirst()
                .map(tr -> tr.select("th, td").eachText()).orElse(List.of());
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            rows.add(tr.select("th, td").eachText());
        }
        String caption = Optional.ofNullable(table.selectFirst("caption")).map(Element::text).orElse(id);
        return Optional.of(new Table(caption, header, rows));
    }

    static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            if (!table.header().isEmpty()) {
                printer.printRecord(table.header().stream().map(CsvSafety::cell).toList());
            }
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvSafety::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Råderum", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
            int r = 0;
            if (!table.header().isEmpty()) {
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.value(r, c, table.header().get(c));
                    sheet.style(r, c).bold().wrapText(true).set();
                }
                r++;
            }
            for (List<String> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r, c, row.get(c));
                }
                r++;
            }
            for (int c = 0; c < Math.max(1, table.header().size()); c++) {
                sheet.width(c, c == 0 ? 36 : 16);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Danish number becomes a number cell whose format shows it as on the page; anything else stays text. */
    private static void cell(Worksheet sheet, int r, int c, String text) {
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            sheet.value(r, c, text);
            return;
        }
        String decimals = m.group(3) == null ? "" : m.group(3);
        double value = Double.parseDouble(m.group(2).replace(".", "") + (decimals.isEmpty() ? "" : "." + decimals));
        sheet.value(r, c, m.group(1).equals("-") ? -value : value);
        String format = "#,##0" + (decimals.isEmpty() ? "" : "." + "0".repeat(decimals.length()));
        if (m.group(4) != null) {
            format += " \"" + m.group(4).replace("\"", "") + "\"";
        }
        sheet.style(r, c).format(format).set();
    }

    private static String sheetName(String caption) {
        String name = caption.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.isEmpty() ? "Tabel" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
