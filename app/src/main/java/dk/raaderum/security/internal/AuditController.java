package dk.raaderum.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.platform.DanishFormat;
import dk.raaderum.security.AuditTrail;

/**
 * The audit trail, paged and filtered: a municipality's leder reads its events (changes, refusals, logins of its
 * users); the administrator reads all of them, including network users' logins and imports.
 */
@Controller
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/municipalities/{code}/audit")
    @ResponseBody
    @PreAuthorize("@access.changes(#code, 'revisionsspor')")
    AuditTrail.Page municipality(@PathVariable int code, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String user,
            @RequestParam(required = false) String action, @RequestParam(required = false) String outcome) {
        return audit.page(query(code, page, size, from, to, user, action, outcome));
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    AuditTrail.Page all(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome) {
        return audit.page(query(null, page, size, from, to, user, action, outcome));
    }

    @GetMapping("/admin/revisionsspor")
    String allPage(@RequestParam(defaultValue = "0") int side, @RequestParam(required = false) String fra,
            @RequestParam(required = false) String til, @RequestParam(required = false) String bruger,
            @RequestParam(required = false) String handling, @RequestParam(required = false) String udfald, Model model) {
        return page(model, null, side, fra, til, bruger, handling, udfald);
    }

    @GetMapping("/kommune/{code}/revisionsspor")
    @PreAuthorize("@access.changes(#code, 'revisionsspor')")
    String municipalityPage(@PathVariable int code, @RequestParam(defaultValue = "0") int side,
            @RequestParam(required = false) String fra, @RequestParam(required = false) String til,
            @RequestParam(required = false) String bruger, @RequestParam(required = false) String handling,
            @RequestParam(required = false) String udfald, Model model) {
        return page(model, code, side, fra, til, bruger, handling, udfald);
    }

    private String page(Model model, Integer code, int page, String from, String to, String user, String action,
            String outcome) {
        model.addAttribute("municipalityCode", code);
        model.addAttribute("filters", new Filters(blank(from), blank(to), blank(user), blank(action), blank(outcome)));
        try {
            model.addAttribute("events", audit.page(query(code, page, 100, from, to, user, action, outcome)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "security/audit";
    }

    record Filters(String from, String to, String user, String action, String outcome) {
    }

    private static AuditTrail.Query query(Integer code, int page, int size, String from, String to, String user,
            String action, String outcome) {
        return new AuditTrail.Query(code, day(from, "from"), day(to, "to") == null ? null : day(to, "to")
                .plusSeconds(86_400), blank(user), blank(action), blank(outcome), page, size);
    }

    /** The start of a day given as YYYY-MM-DD, in Danish time. */
    private static Instant day(String text, String field) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).atStartOfDay(DanishFormat.COPENHAGEN).toInstant();
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + field + "' skal være en dato som 2026-12-01");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
