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
import dk.raaderum.platform.table.Cell;
import dk.raaderum.platform.table.DataTable;
import org.springframework.security.access.prepost.PreAuthorize;

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

    private static final String UPLOAD_FOLDER = "raaderum-upload";

    @GetMapping
    String page(Model model) {
        DataTable.Builder table = DataTable.builder("importer", "De seneste 50 importer", "Nr.", "Dato", "Type", "Kilde",
                "Fil", "Af", "Resultat");
        jdbc.sql("""
                select id, imported_at, kind, source, file_name, imported_by, summary
                from data_import order by id desc limit 50""")
                .query(rs -> {
                    table.row(Cell.text(Long.toString(rs.getLong(1))),
                            Cell.text(DanishFormat.date(rs.getTimestamp(2).toInstant())), Cell.text(rs.getString(3)),
                            Cell.text(rs.getString(4)), Cell.text(rs.getString(5)), Cell.text(rs.getString(6)),
                            Cell.text(rs.getString(7)));
                });
        model.addAttribute("importTable", table.build());
        model.addAttribute("demoRegister", imports.syntheticRegisterLoaded());
        return "admin/imports";
    }

    /** Removes the synthetic demo register and every figure from it, in one step (administrators only). */
    @PostMapping("/demoregister/fjern")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String removeDemoRegister(Principal user, Model model) {
        int removed = imports.removeSyntheticRegister(user.getName());
        model.addAttribute("success", removed == 0 ? "Der var intet syntetisk register at fjerne."
                : "Det syntetiske demoregister er fjernet (" + DanishFormat.number((double) removed, 0) + " tal slettet).");
        return page(model);
    }

    @PostMapping
    String upload(@RequestParam String kind, @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "") String measures, @RequestParam(defaultValue = "") String filters,
            @RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String unit, Principal user, Model model) throws IOException {
        Path folder = Files.createTempDirectory(UPLOAD_FOLDER);
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
            if (outcome instanceof ImportOutcome.Imported imported) {
                model.addAttribute("success", imported.summary().describe());
            } else {
                model.addAttribute("failure", withoutUploadFolder(((ImportOutcome.Rejected) outcome).message()));
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        return page(model);
    }

    /**
     * The message names the uploaded file by its own name only. The importer may already have masked digit runs in
     * the temporary folder's name, so the folder is matched by its prefix rather than its exact path.
     */
    static String withoutUploadFolder(String message) {
        return message.replaceAll("\\S*" + UPLOAD_FOLDER + "[^/\\s]*/", "");
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
