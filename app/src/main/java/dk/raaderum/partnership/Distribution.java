package dk.raaderum.partnership;

/**
 * How a group answered one statement (or several): the number of answers per score 1–5 and of "ved ikke".
 */
public record Distribution(int dontKnow, int one, int two, int three, int four, int five) {

    public static final Distribution NONE = new Distribution(0, 0, 0, 0, 0, 0);

    public Distribution {
        if (dontKnow < 0 || one < 0 || two < 0 || three < 0 || four < 0 || five < 0) {
            throw new IllegalArgumentException("Et antal svar kan ikke være negativt");
        }
    }

    /** One answer: a score 1–5, or null for "ved ikke". */
    public static Distribution answer(Integer score) {
        return NONE.plus(score == null ? 0 : score, 1);
    }

    /** The answers with score {@code score} (0 for "ved ikke"). */
    public int count(int score) {
        return switch (score) {
            case 0 -> dontKnow;
            case 1 -> one;
            case 2 -> two;
            case 3 -> three;
            case 4 -> four;
            case 5 -> five;
            default -> throw new IllegalArgumentException("Svaret skal være 1-5 eller 'ved ikke', ikke " + score);
        };
    }

    /** Adds {@code answers} answers with the score (0 for "ved ikke"). */
    public Distribution plus(int score, int answers) {
        int[] c = {dontKnow, one, two, three, four, five};
        if (score < 0 || score > 5) {
            throw new IllegalArgumentException("Svaret skal være 1-5 eller 'ved ikke', ikke " + score);
        }
        c[score] += answers;
        return new Distribution(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    public Distribution plus(Distribution other) {
        return new Distribution(dontKnow + other.dontKnow, one + other.one, two + other.two, three + other.three,
                four + other.four, five + other.five);
    }

    /** The answers with a score (the mean's n). */
    public int n() {
        return one + two + three + four + five;
    }

    /** Everyone who answered, "ved ikke" included. */
    public int respondents() {
        return n() + dontKnow;
    }

    public int sum() {
        return one + 2 * two + 3 * three + 4 * four + 5 * five;
    }

    /** The mean score, or null without a scored answer. */
    public Double mean() {
        return n() == 0 ? null : (double) sum() / n();
    }
}
