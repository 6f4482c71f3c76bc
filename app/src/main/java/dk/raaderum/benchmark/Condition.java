package dk.raaderum.benchmark;

/**
 * A framework condition (rammevilkår) used to predict a municipality's expected level, with where it comes from.
 *
 * @param name the full name with its unit
 * @param label a short name for table headings
 * @param wording how a sentence speaks of it: "Brøndbys høje andel almene boliger"
 * @param source the original publisher, e.g. Danmarks Statistik
 * @param table the publisher's table, e.g. BOL101
 * @param year the year of the data
 * @param compiledBy who compiled the file Råderum copied (cited beside the publisher)
 */
public record Condition(String id, String name, String label, Wording wording, String source, String table, int year,
        String compiledBy, boolean synthetic) {

    /** "andel almene boliger", "høje", "lave": the subject and its adjectives for a high and a low value. */
    public record Wording(String subject, String high, String low) {
    }

    /** "Danmarks Statistik, BOL101 (2026)". */
    public String provenance() {
        return source + (table == null || table.isBlank() ? "" : ", " + table) + " (" + year + ")";
    }
}
