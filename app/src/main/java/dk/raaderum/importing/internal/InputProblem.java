package dk.raaderum.importing.internal;

/** A fault in an input file, located by file, line and field. Caught at the import boundary. */
final class InputProblem extends RuntimeException {

    InputProblem(String file, long line, String field, String problem) {
        super(file + ", linje " + line + (field == null ? "" : ", felt '" + field + "'") + ": " + problem);
    }

    InputProblem(String file, String problem) {
        super(file + ": " + problem);
    }

    /** A message that already names its file, line and field (e.g. from the register engine). */
    static InputProblem located(String message) {
        return new InputProblem(message);
    }

    private InputProblem(String message) {
        super(message);
    }
}
