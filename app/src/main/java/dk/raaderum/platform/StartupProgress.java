package dk.raaderum.platform;

import org.springframework.stereotype.Component;

/**
 * What the first start is loading right now, for the "Råderum indlæser data …" page; also drawn as a progress bar
 * in the console.
 */
@Component
public class StartupProgress implements Progress {

    /** A step of the loading: its name, how far it has come and how far it goes. */
    public record Step(String task, long done, long total) {
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    private final ConsoleProgress console = new ConsoleProgress();
    private volatile Step step = new Step("Starter", 0, 1);

    @Override
    public void begin(String task, long total) {
        step = new Step(task, 0, total);
        console.begin(task, total);
    }

    @Override
    public void advance(long steps) {
        Step s = step;
        step = new Step(s.task(), s.done() + steps, s.total());
        console.advance(steps);
    }

    @Override
    public void end() {
        Step s = step;
        step = new Step(s.task(), s.total(), s.total());
        console.end();
    }

    public Step current() {
        return step;
    }
}
