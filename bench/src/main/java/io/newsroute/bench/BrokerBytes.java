package io.newsroute.bench;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes the embedded broker has taken in from producers since it started: the count of its
 * {@code kafka.server:type=BrokerTopicMetrics,name=BytesInPerSec} meter, read over JMX in the
 * benchmark's own JVM (the broker runs there). Reads the platform MBean server; writes nothing.
 */
final class BrokerBytes {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerBytes.class);
    private static final String METER = "kafka.server:type=BrokerTopicMetrics,name=BytesInPerSec";

    private BrokerBytes() {}

    /** Bytes in so far, or NaN when the meter is not registered. */
    static double in() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            Object count = server.getAttribute(new ObjectName(METER), "Count");
            return count instanceof Number v ? v.doubleValue() : Double.NaN;
        } catch (JMException e) {
            LOG.debug("Cannot read the broker's bytes-in meter {}: {}", METER, e.toString());
            return Double.NaN;
        }
    }
}
