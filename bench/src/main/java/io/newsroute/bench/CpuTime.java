package io.newsroute.bench;

import java.lang.management.ManagementFactory;

/** CPU time of the whole JVM process (every thread: the embedded broker, the pipeline and the bench itself). */
public final class CpuTime {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTime() {
    }

    /** Process CPU nanoseconds so far. */
    public static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }
}
