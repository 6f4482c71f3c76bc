package dk.raaderum.plan.internal;

import java.time.Instant;

/** One version of the municipality's vision, values or strategies. */
record SteeringText(TextKind kind, int version, String body, String changedBy, Instant changedAt) {

    enum TextKind {
        VISION("Vision"),
        VAERDIER("Værdier"),
        STRATEGIER("Strategier");

        private final String danish;

        TextKind(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }
}
