package dk.raaderum.register;

import java.util.List;

import dk.raaderum.engine.GroupFigures;

/** Monthly figures per municipality and benefit group from a register, or why the register was refused. */
public sealed interface FiguresOutcome {

    /** {@code firstWeek} and {@code lastWeek} are week indices (see {@link dk.raaderum.engine.IsoWeek#index()}). */
    record Figures(List<GroupFigures> figures, long persons, int firstWeek, int lastWeek) implements FiguresOutcome {
    }

    record Rejected(String message) implements FiguresOutcome {
    }
}
