package dk.raaderum.partnership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A network meeting or workshop of a partnership. */
record Meeting(long id, String partnership, LocalDate date, String place, Kind kind, List<Participant> roles,
        List<Integer> municipalities, String agenda, String minutes, String agreements, boolean example,
        String changedBy, Instant changedAt) {

    enum Kind {
        NETVAERKSMOEDE("Netværksmøde"), WORKSHOP("Workshop"), TEMPERATURMOEDE("Fremlæggelse af temperaturmåling");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }

        static Optional<Kind> parse(String text) {
            return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                    .findFirst();
        }
    }

    /** Who took part. */
    enum Participant {
        BORGMESTRE("Borgmestre"), UDVALGSFORMAEND("Udvalgsformænd"), KOMMUNALBESTYRELSER("Kommunalbestyrelser"),
        TOPEMBEDSMAEND("Topembedsmænd"), JOBCENTERCHEFER("Jobcenterchefer"), MEDARBEJDERE("Medarbejdere"),
        KL("KL");

        private final String danish;

        Participant(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }

        static Optional<Participant> parse(String text) {
            return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                    .findFirst();
        }
    }

    /** What a form or the API sends. */
    record Draft(String date, String place, String kind, List<String> roles, List<Integer> municipalities,
            String agenda, String minutes, String agreements) {
    }
}
