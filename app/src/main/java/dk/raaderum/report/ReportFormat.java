package dk.raaderum.report;

import java.util.Arrays;
import java.util.Optional;

public enum ReportFormat {
    PDF("application/pdf"),
    HTML("text/html;charset=UTF-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text)).findFirst();
    }
}
