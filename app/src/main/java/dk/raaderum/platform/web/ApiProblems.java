package dk.raaderum.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A refused request as a problem detail (RFC 9457) with the place of the fault as extra members, e.g. {@code field}
 * for a form or JSON body, {@code line} and {@code field} for a file.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    public static ResponseEntity<ProblemDetail> badRequest(String title, String detail, Map<String, Object> where) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        where.forEach((name, value) -> {
            if (value != null) {
                problem.setProperty(name, value);
            }
        });
        return ResponseEntity.badRequest().body(problem);
    }

    public static ResponseEntity<ProblemDetail> notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Findes ikke");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
