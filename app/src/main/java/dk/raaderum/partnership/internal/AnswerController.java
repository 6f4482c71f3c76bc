package dk.raaderum.partnership.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import dk.raaderum.geography.Geography;
import dk.raaderum.partnership.Recommendation;
import dk.raaderum.partnership.SurveyStatement;

/**
 * Answering the temperature survey with a single-use code, without logging in: the page {@code /svar/{kode}} and the
 * API {@code POST /api/v1/answers/{code}}. An unknown and a used code get the same answer, and an address that tries
 * too many unknown codes is refused for a while.
 */
@Controller
class AnswerController {

    static final String UNKNOWN = "Koden findes ikke eller er allerede brugt. Hver kode kan bruges én gang.";
    static final String THROTTLED = "For mange forkerte koder fra din adresse. Vent ti minutter, og prøv igen.";

    record AnswerBody(Map<String, Integer> answers, String comment) {
    }

    /** The statements of one recommendation on the answer page. */
    record Section(Recommendation recommendation, List<SurveyStatement> statements) {
    }

    private final TemperatureService service;
    private final TemperatureRepository repository;
    private final AnswerThrottle throttle;
    private final Geography geography;

    AnswerController(TemperatureService service, TemperatureRepository repository, AnswerThrottle throttle,
            Geography geography) {
        this.service = service;
        this.repository = repository;
        this.throttle = throttle;
        this.geography = geography;
    }

    @PostMapping("/api/v1/answers/{code}")
    @ResponseBody
    ResponseEntity<?> answerApi(@PathVariable String code, @RequestBody AnswerBody body, HttpServletRequest request) {
        if (!throttle.allows(request.getRemoteAddr())) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "For mange forsøg", THROTTLED);
        }
        TemperatureService.Answered answered = service.answer(code, body.answers(), body.comment());
        if (answered instanceof TemperatureService.Answered.UnknownCode) {
            throttle.failed(request.getRemoteAddr());
            return problem(HttpStatus.NOT_FOUND, "Ukendt kode", UNKNOWN);
        }
        if (answered instanceof TemperatureService.Answered.Refused refused) {
            ResponseEntity<ProblemDetail> bad = problem(HttpStatus.BAD_REQUEST, "Ugyldigt svar", refused.message());
            bad.getBody().setProperty("field", refused.field());
            return bad;
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("message", "Tak for dit svar. Det er gemt uden "
                + "noget, der kan føre det tilbage til dig."));
    }

    @GetMapping("/svar")
    String enterCode(@RequestParam(required = false) String kode) {
        return kode == null || kode.isBlank() ? "partnership/answer-code"
                : "redirect:/svar/" + InvitationCodes.normalise(kode).orElse("ukendt");
    }

    @GetMapping("/svar/{code}")
    String page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(code, Map.of(), "", null, request, response, model);
    }

    @PostMapping("/svar/{code}")
    String answerPage(@PathVariable String code, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (!throttle.allows(request.getRemoteAddr())) {
            return refusedPage(HttpStatus.TOO_MANY_REQUESTS, THROTTLED, response, model);
        }
        Map<String, Integer> answers = new HashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("s") && name.length() > 1) {
                typed.put(name.substring(1), value);
                answers.put(name.substring(1), value == null || value.isBlank() ? null : parseScore(value));
            }
        });
        String comment = form.getOrDefault("comment", "");
        TemperatureService.Answered answered = service.answer(code, answers, comment);
        if (answered instanceof TemperatureService.Answered.Stored) {
            return "partnership/answered";
        }
        if (answered instanceof TemperatureService.Answered.Refused refused) {
            return show(code, typed, comment, refused.message(), request, response, model);
        }
        throttle.failed(request.getRemoteAddr());
        return refusedPage(HttpStatus.NOT_FOUND, UNKNOWN, response, model);
    }

    private String show(String code, Map<String, String> typed, String comment, String error,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!throttle.allows(request.getRemoteAddr())) {
            return refusedPage(HttpStatus.TOO_MANY_REQUESTS, THROTTLED, response, model);
        }
        Optional<TemperatureRepository.Invitation> invitation = service.invitation(code);
        if (invitation.isEmpty()) {
            throttle.failed(request.getRemoteAddr());
            return refusedPage(HttpStatus.NOT_FOUND, UNKNOWN, response, model);
        }
        Measurement m = repository.measurement(invitation.get().measurement()).orElseThrow();
        List<SurveyStatement> statements = repository.statements(m.id());
        model.addAttribute("code", InvitationCodes.normalise(code).orElseThrow());
        model.addAttribute("measurement", m);
        model.addAttribute("municipality", geography.municipality(m.municipality()).orElseThrow());
        model.addAttribute("role", invitation.get().role());
        model.addAttribute("sections", Arrays.stream(Recommendation.values())
                .map(r -> new Section(r, statements.stream().filter(s -> s.recommendation() == r).toList()))
                .filter(s -> !s.statements().isEmpty()).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("comment", comment);
        model.addAttribute("error", error);
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "partnership/answer";
    }

    private static String refusedPage(HttpStatus status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("error", message);
        return "partnership/answer-code";
    }

    /** A score from the form; anything but 1-5 becomes 0, which the service refuses with its message. */
    private static Integer parseScore(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
