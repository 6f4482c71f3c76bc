package dk.raaderum.report.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.raaderum.geography.Geography;
import dk.raaderum.indicator.Freshness;
import dk.raaderum.indicator.IndicatorCatalog;
import dk.raaderum.indicator.IndicatorValues;
import dk.raaderum.indicator.Period;
import dk.raaderum.indicator.PeriodType;
import dk.raaderum.platform.DanishFormat;
import dk.raaderum.report.ReportFormat;
import dk.raaderum.report.Reports;
import dk.raaderum.security.MunicipalityAccess;
import dk.raaderum.security.Need;

/**
 * The committee report in the browser ({@code /kommune/{code}/rapport}, public statistics; the plan's goals only
 * for readers of the plan) and the weekly one-pager ({@code /kommune/{code}/plan/ugens-effekt}, behind login).
 */
@Controller
class ReportPageController {

    private final Clock clock;

    private final Reports reports;
    private final Geography geography;
    private final MunicipalityAccess access;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;

    ReportPageController(Reports reports, Geography geography, MunicipalityAccess access, IndicatorCatalog catalog,
            IndicatorValues values, Clock clock) {

        this.clock = clock;
        this.reports = reports;
        this.geography = geography;
        this.access = access;
        this.catalog = catalog;
        this.values = values;
    }

    @GetMapping("/kommune/{code}/rapport")
    ResponseEntity<byte[]> committee(@PathVariable int code, @RequestParam(name = "kvartal", required = false) String quarter,
            @RequestParam(defaultValue = "html") String format, Authentication user) {
        known(code);
        ReportFormat chosen = ReportFormat.parse(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format skal være pdf eller html"));
        Period period = quarter == null ? reports.latestCompleteQuarter()
                .orElse(Period.containing(PeriodType.QUARTER, DanishFormat.today(clock))) : parse(quarter);
        reports.refusal(period).ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
        });
        byte[] body = reports.committeeReport(code, period, chosen, access.permits(user, code, Need.READ));
        return download(body, chosen, code + "-opfoelgning-" + period + "." + chosen.name().toLowerCase());
    }

    @GetMapping("/kommune/{code}/plan/ugens-effekt")
    @PreAuthorize("@access.reads(#code, 'ugens effekt')")
    ResponseEntity<byte[]> weekly(@PathVariable int code, @RequestParam(name = "hold", required = false) String team,
            Authentication user) {
        return download(reports.weeklyOnePager(code, team == null || team.isBlank() ? null : team), ReportFormat.PDF,
                code + "-ugens-effekt.pdf");
    }

    private void known(int code) {
        if (geography.municipality(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune");
        }
    }

    private static Period parse(String quarter) {
        try {
            Period period = Period.parse(quarter);
            if (period.type() == PeriodType.QUARTER) {
                return period;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kvartal skal skrives som 2026-Q2");
    }

    private static ResponseEntity<byte[]> download(byte[] body, ReportFormat format, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(format.mediaType()));
        if (format == ReportFormat.PDF) {
            headers.setContentDisposition(ContentDisposition.inline().filename(name).build());
        }
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }
}
