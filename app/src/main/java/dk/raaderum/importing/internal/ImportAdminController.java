package dk.raaderum.importing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dk.raaderum.importing.ImportOutcome;
import dk.raaderum.platform.Progress;
import dk.raaderum.importing.Imports;
import dk.raaderum.platform.DanishFormat;

/** The admin page for imports: the history of imports, and a form to upload a new file. */
@Controller
@RequestMapping("/admin/import")
class ImportAdminController {

    private final Imports imports;
    private final JdbcClient jdbc;

    ImportAdminController(Imports imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    record ImportRow(long id, String when, String kind, String source, String file, String by, String summary) {
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("imports", jdbc.sql("""
                select id, imported_at, kind, source, file_name, imported_by, summary
                from data_import order by id desc limit 50""")
                .query((rs, n) -> new ImportRow(rs.getLong(1), DanishFormat.date(rs.getTimestamp(2).toInstant()),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
        return "admin/imports";
    }

    @PostMapping
    String upload(@RequestParam String kind, @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "") String measures, @RequestParam(defaultValue = "") String filters,
            @RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String unit, Principal user, Model model) throws IOException {
        Path folder = Files.createTempDirectory("raaderum-upload");
        try {
            String fileName = Path.of(String.valueOf(file.getOriginalFilename())).getFileName().toString();
            Path saved = folder.resolve(fileName.isBlank() ? "upload" : fileName);
            file.transferTo(saved);
            ImportOutcome outcome = switch (kind) {
                case "jobindsats-extract" -> imports.jobindsatsExtract(saved, user.getName(), Progress.SILENT);
                case "jobindsats" -> imports.jobindsatsApi(saved, pairs(measures), pairs(filters), user.getName(),
                        Progress.SILENT);
                case "dst" -> imports.statisticsDenmark(saved, new Imports.DstTarget(indicator.trim(),
                        blankToNull(name), blankToNull(unit)), pairs(filters), user.getName(), Progress.SILENT);
                default -> new ImportOutcome.Rejected("Ukendt importtype '" + kind + "'");
            };
            String folderPrefix = folder.toString() + "/";
            if (outcome instanceof ImportOutcome.Imported imported) {
                model.addAttribute("success", imported.summary().describe());
            } else {
                model.addAttribute("failure", ((ImportOutcome.Rejected) outcome).message().replace(folderPrefix, ""));
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        return page(model);
    }

    /** Lines of "KOLONNE=VÆRDI". */
    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                pairs.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return pairs;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
