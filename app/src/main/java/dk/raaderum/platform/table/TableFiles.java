package dk.raaderum.platform.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dk.raaderum.platform.CsvSafety;

/**
 * A {@link DataTable} as a file: CSV (semicolons, UTF-8 with BOM, the text exactly as shown, formula-like cells
 * neutralised) or a real .xlsx (figures as exact numbers with a display format that shows them as on the page). Both
 * end with the table's source line after a blank row, so a copied file still says where and how fresh (and whether
 * synthetic) its figures are.
 */
public final class TableFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableFiles() {
    }

    public static byte[] csv(DataTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(table.header().stream().map(CsvSafety::cell).toList());
            for (List<Cell> row : table.rows()) {
                printer.printRecord(row.stream().map(c -> CsvSafety.cell(c.text())).toList());
            }
            if (table.source() != null) { // a blank line, then the source: the file says where it comes from
                printer.println();
                printer.printRecord(CsvSafety.cell(table.source()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(DataTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Råderum", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.caption()));
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().wrapText(true).set();
                sheet.width(c, c == 0 ? 36 : 18);
            }
            int r = 1;
            for (List<Cell> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) instanceof Cell.Figure figure && figure.value() != null) {
                        sheet.value(r, c, figure.value());
                        sheet.style(r, c).format(figure.quantity().spreadsheetFormat()).set();
                    } else {
                        sheet.value(r, c, row.get(c).text());
                    }
                }
                r++;
            }
            if (table.source() != null) {
                sheet.value(r + 1, 0, table.source());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sheetName(String caption) {
        String name = caption.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.isEmpty() ? "Tabel" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
