package dk.raaderum.partnership.internal;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.partnership.internal.TemperatureJson.CodesJson;
import dk.raaderum.partnership.internal.TemperatureJson.CommentJson;
import dk.raaderum.partnership.internal.TemperatureJson.Created;
import dk.raaderum.partnership.internal.TemperatureJson.MeasurementJson;
import dk.raaderum.partnership.internal.TemperatureJson.ResultsJson;
import dk.raaderum.partnership.internal.TemperatureJson.StatementJson;

/**
 * The temperature measurement of one municipality. Its users (and the network, where it shares) read the statements
 * and the aggregated results; its leder creates measurements, makes codes, and alone reads comments and interviews.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/temperature")
class TemperatureApiController {

    record NewMeasurement(Integer year) {
    }

    record NewCodes(String role, Integer count) {
    }

    record NewInterview(String date, String role, List<Integer> themes, String keyPoints) {
    }

    private final TemperatureRepository repository;
    private final TemperatureService service;
    private final TemperatureViews views;

    TemperatureApiController(TemperatureRepository repository, TemperatureService service, TemperatureViews views) {
        this.repository = repository;
        this.service = service;
        this.views = views;
    }

    @PostMapping
    @PreAuthorize("@access.changes(#code, 'temperaturmåling')")
    ResponseEntity<?> create(@PathVariable int code, @RequestBody NewMeasurement body, Authentication user) {
        Change change = service.create(code, body.year(), user.getName());
        if (change instanceof Change.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/municipalities/" + code + "/temperature/" + done.id()))
                    .body(new Created(done.id()));
        }
        return refused((Change.Refused) change);
    }

    @GetMapping
    @PreAuthorize("@access.reads(#code, 'temperaturmåling')")
    List<MeasurementJson> list(@PathVariable int code) {
        return repository.measurements(code).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@access.reads(#code, 'temperaturmåling')")
    MeasurementJson measurement(@PathVariable int code, @PathVariable long id) {
        return json(existing(code, id));
    }

    @GetMapping("/{id}/statements")
    @PreAuthorize("@access.reads(#code, 'temperaturmåling')")
    List<StatementJson> statements(@PathVariable int code, @PathVariable long id) {
        return repository.statements(existing(code, id).id()).stream().map(TemperatureJson::statement).toList();
    }

    @PostMapping("/{id}/invitations")
    @PreAuthorize("@access.changes(#code, 'temperaturmåling')")
    ResponseEntity<?> invite(@PathVariable int code, @PathVariable long id, @RequestBody NewCodes body,
            Authentication user) {
        TemperatureService.Codes codes = service.invite(existing(code, id), body.role(), body.count(), user.getName());
        if (codes instanceof TemperatureService.Codes.Made made) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new CodesJson(made.role().name(), made.codes()));
        }
        return refused(((TemperatureService.Codes.Refused) codes).refusal());
    }

    @GetMapping("/{id}/results")
    @PreAuthorize("@access.reads(#code, 'temperaturmåling')")
    ResultsJson results(@PathVariable int code, @PathVariable long id) {
        Measurement m = existing(code, id);
        return TemperatureJson.results(m, service.results(m.id()));
    }

    @GetMapping("/{id}/comments")
    @PreAuthorize("@access.changes(#code, 'kommentarer til temperaturmåling')")
    List<CommentJson> comments(@PathVariable int code, @PathVariable long id, Authentication user) {
        return views.comments(existing(code, id), user.getName()).stream()
                .map(c -> new CommentJson(c.role() == null ? null : c.role().name(), c.body())).toList();
    }

    @GetMapping("/{id}/interviews")
    @PreAuthorize("@access.changes(#code, 'interview til temperaturmåling')")
    List<Interview> interviews(@PathVariable int code, @PathVariable long id) {
        return repository.interviews(existing(code, id).id());
    }

    @PostMapping("/{id}/interviews")
    @PreAuthorize("@access.changes(#code, 'interview til temperaturmåling')")
    ResponseEntity<?> addInterview(@PathVariable int code, @PathVariable long id, @RequestBody NewInterview body,
            Authentication user) {
        Measurement m = existing(code, id);
        Change change = service.addInterview(m, body.date(), body.role(), body.themes(), body.keyPoints(),
                user.getName());
        if (change instanceof Change.Done done) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new Created(done.id()));
        }
        return refused((Change.Refused) change);
    }

    private Measurement existing(int code, long id) {
        return repository.measurement(code, id)
                .orElseThrow(() -> new NoSuchElementException("Temperaturmålingen " + id + " findes ikke for kommunen"));
    }

    private MeasurementJson json(Measurement m) {
        return new MeasurementJson(m.id(), m.municipality(), m.year(), m.synthetic(),
                TemperatureJson.byRole(service.results(m.id()).respondents()),
                TemperatureJson.byRole(repository.unused(m.id())));
    }

    /** 400 with the field and the reason. */
    static ResponseEntity<ProblemDetail> refused(Change.Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.message());
        problem.setTitle("Ugyldige data");
        problem.setProperty("field", refused.field());
        return ResponseEntity.badRequest().body(problem);
    }
}
