package io.newsroute.common.time;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The one deadline-polling loop of the project: checks a condition at a fixed pace until it holds or
 * a timeout passes. For waiting on something that gives no signal of its own (a port that opens, a
 * state that changes, records that arrive). Reads and writes nothing.
 */
public final class Poll {

    private Poll() {}

    /** A check that may fail with an exception of its own. */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        boolean done() throws E;
    }

    /**
     * Runs {@code check} until it returns {@code true}, waiting {@code every} between runs.
     *
     * @return {@code true} when the check held, {@code false} when {@code timeout} passed first
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public static <E extends Exception> boolean until(Duration timeout, Duration every, Check<E> check)
            throws E, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.done()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(every.toNanos());
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting (up to " + timeout + ")");
            }
        }
        return true;
    }
}
