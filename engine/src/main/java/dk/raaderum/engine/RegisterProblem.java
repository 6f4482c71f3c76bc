package dk.raaderum.engine;

/** A fault in a register, rules or rate file, located by file, line and field, in Danish. */
public final class RegisterProblem extends RuntimeException {

    public RegisterProblem(String file, long line, String field, String problem) {
        super(file + ", linje " + line + (field == null ? "" : ", felt '" + field + "'") + ": " + problem);
    }

    public RegisterProblem(String file, String problem) {
        super(file + ": " + problem);
    }
}
