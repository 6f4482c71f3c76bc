package dk.raaderum.partnership.internal;

import java.nio.charset.StandardCharsets;

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

import dk.raaderum.security.CurrentUser;

/** The council presentation of a measurement, as PDF (tagged, like the committee report) or HTML. */
@Controller
class PresentationController {

    private final Presentation presentation;
    private final TemperatureRepository repository;

    PresentationController(Presentation presentation, TemperatureRepository repository) {
        this.presentation = presentation;
        this.repository = repository;
    }

    @GetMapping("/kommune/{code}/temperatur/{id}/praesentation")
    @PreAuthorize("@access.reads(#code, 'præsentation af temperaturmåling')")
    ResponseEntity<byte[]> presentation(@PathVariable int code, @PathVariable long id,
            @RequestParam(defaultValue = "pdf") String format, Authentication user) {
        Measurement m = repository.measurement(code, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Målingen findes ikke"));
        boolean own = CurrentUser.of(user).filter(u -> u.belongsTo(code)).isPresent();
        if (format.equals("html")) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(presentation.html(m, own).getBytes(StandardCharsets.UTF_8));
        }
        if (!format.equals("pdf")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format skal være pdf eller html");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("temperaturmaaling-" + code + "-" + m.year() + ".pdf").build().toString())
                .body(presentation.pdf(m, own));
    }
}
