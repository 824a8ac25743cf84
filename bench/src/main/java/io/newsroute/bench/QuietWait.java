package io.newsroute.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until this JVM is nearly idle before a measured run: the broker deletes the last run's
 * topics and flushes the pre-loaded articles in the background, and a run that starts on top of that
 * pays for it. Reads the process CPU time; writes nothing.
 */
final class QuietWait {

    /** Idle means less than this share of one core over a window. */
    private static final double IDLE_CORES = 0.15;

    private static final Duration WINDOW = Duration.ofMillis(250);

    private QuietWait() {}

    /** Waits until one window is idle, or {@code max} has passed; returns the milliseconds waited. */
    static long await(Duration max) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        long cpu = CpuTime.processCpuNanos();
        long t = System.nanoTime();
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(WINDOW.toNanos());
            long cpuNow = CpuTime.processCpuNanos();
            long tNow = System.nanoTime();
            double cores = (cpuNow - cpu) / (double) Math.max(1, tNow - t);
            if (cores < IDLE_CORES) {
                break;
            }
            cpu = cpuNow;
            t = tNow;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
