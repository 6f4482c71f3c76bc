package dk.raaderum.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import dk.raaderum.platform.DanishFormat;

/**
 * Danish number and date formats for the templates, as {@code ${@da.number(x, 1)}}. Missing values are written
 * as "ingen data", never as 0.
 */
@Component("da")
public class TemplateFormat {

    public String number(Double value, int decimals) {
        return DanishFormat.figure(value, decimals);
    }

    /** "12,4 mio. kr." */
    public String millions(Double kroner) {
        return DanishFormat.millions(kroner);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DanishFormat.date(instant);
    }

    /** "1. dec. 2026 10:12" in Danish time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DanishFormat.dateTime(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DanishFormat.date(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : DanishFormat.month(month.atDay(1));
    }
}
