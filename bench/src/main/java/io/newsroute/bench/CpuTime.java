package io.newsroute.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** CPU time of the whole JVM process (every thread: the embedded broker, the pipeline and the bench itself). */
public final class CpuTime {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTime() {}

    /** Process CPU nanoseconds so far. */
    public static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }
}
