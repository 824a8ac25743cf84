package io.newsroute.tools.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Reads the samples of {@link ProgressMonitor} and the fault log of the fault run (lines
 * {@code epochMillis what target group[,group]}) and prints, for each fault, the time until every input
 * partition of the affected groups that had (or got) uncommitted input made committed progress again
 * (the time to recover), and the time to the first committed progress of those groups. A group of {@code *} means every sampled group (a broker fault).
 */
@Command(
        name = "recovery-report",
        mixinStandardHelpOptions = true,
        description = "Print the time to recover after each fault from the progress samples.")
public final class RecoveryReport implements Callable<Integer> {

    @Option(names = "--progress", required = true)
    Path progress;

    @Option(names = "--events", required = true)
    Path events;

    /**
     * Commits that complete within this time after a fault were already in flight. Input is pending when the
     * end offset is more than one past the committed offset: a transactional input topic (the enriched topic)
     * ends with a commit marker that no consumer ever commits past.
     */
    static final long IN_FLIGHT_MS = 1000;

    /** One sample of one partition. */
    record Sample(long time, long committed, long end) {}

    @Override
    public Integer call() throws IOException {
        Map<String, List<Sample>> series = new TreeMap<>();
        for (String line : Files.readAllLines(progress, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (f.length != 5 || f[2].equals("sample-failed")) {
                continue;
            }
            series.computeIfAbsent(f[1] + " " + f[2], k -> new ArrayList<>())
                    .add(new Sample(Long.parseLong(f[0]), Long.parseLong(f[3]), Long.parseLong(f[4])));
        }
        for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (f.length < 4) {
                continue;
            }
            long t = Long.parseLong(f[0]);
            List<String> groups = List.of(f[3].split(","));
            System.out.println("recovery " + f[1] + " " + f[2] + ": " + recovery(series, groups, t));
        }
        return 0;
    }

    static String recovery(Map<String, List<Sample>> series, List<String> groups, long t) {
        long worst = -1;
        long first = Long.MAX_VALUE;
        String worstPartition = null;
        int stalled = 0;
        for (Map.Entry<String, List<Sample>> e : series.entrySet()) {
            String group = e.getKey().split(" ")[0];
            if (!groups.contains("*") && !groups.contains(group)) {
                continue;
            }
            Long progressed = progressAfter(e.getValue(), t);
            if (progressed == null) {
                continue;
            }
            if (progressed == STALLED) {
                stalled++;
                worstPartition = e.getKey();
                continue;
            }
            first = Math.min(first, progressed - t);
            if (progressed - t > worst) {
                worst = progressed - t;
                worstPartition = e.getKey();
            }
        }
        if (stalled > 0) {
            return "NOT RECOVERED (" + stalled + " partitions never progressed, e.g. " + worstPartition + ")";
        }
        if (worst < 0) {
            return "no pending input";
        }
        return String.format(
                Locale.ROOT,
                "first committed progress after %.1f s, every partition with pending input "
                        + "after %.1f s (slowest %s)",
                first / 1000.0,
                worst / 1000.0,
                worstPartition);
    }

    /** {@link #progressAfter}'s answer for a partition with input pending that never progressed. */
    static final long STALLED = Long.MIN_VALUE;

    /**
     * When a partition's committed offset first passed its baseline after the fault at {@code t}: that
     * time, {@link #STALLED} if input was pending and it never did, or {@code null} with nothing pending.
     * The baseline is the highest committed offset up to a second after the fault, so that a commit
     * already in flight when the fault happened does not count as recovery.
     */
    static Long progressAfter(List<Sample> samples, long t) {
        Long baseline = null;
        for (Sample s : samples) {
            if (s.time() <= t + IN_FLIGHT_MS) {
                baseline = baseline == null ? s.committed() : Math.max(baseline, s.committed());
            }
        }
        if (baseline == null) {
            return null;
        }
        boolean pending = false;
        for (Sample s : samples) {
            if (s.time() <= t + IN_FLIGHT_MS) {
                pending |= s.time() > t && s.end() > baseline + 1;
                continue;
            }
            pending |= s.end() > baseline + 1;
            if (s.committed() > baseline) {
                return s.time();
            }
        }
        return pending ? STALLED : null;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new RecoveryReport()).execute(args));
    }
}
