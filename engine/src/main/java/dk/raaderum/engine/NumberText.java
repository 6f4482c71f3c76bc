package dk.raaderum.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in the engine's CSV output: exact integers as integers, everything else with nine decimals. */
public final class NumberText {

    private NumberText() {
    }

    public static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).toPlainString();
    }
}
