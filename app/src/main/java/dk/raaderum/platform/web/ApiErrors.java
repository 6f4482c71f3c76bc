package dk.raaderum.platform.web;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors from the REST API as RFC 9457 problem details with a message a person can act on. Pages get Danish HTML
 * error pages instead (templates/error.html): this advice covers {@code @RestController}s only, and Spring MVC's
 * own exceptions (ResponseStatusException, unsupported media types, …) become problem details through
 * {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Findes ikke", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Manglende parameter",
                "Parameteren '" + e.getParameterName() + "' skal angives"));
    }

    /** A body that is not JSON, or JSON of the wrong shape, named in Danish (with the NUL refusal's own words). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getMostSpecificCause().getMessage() != null
                && e.getMostSpecificCause().getMessage().contains("NUL-tegn") ? TextInput.NUL_MESSAGE
                : "Forespørgslens indhold kunne ikke læses som JSON af den forventede form.";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ugyldigt indhold", detail));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
