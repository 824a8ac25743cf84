package io.newsroute.bench;

/** The figures of one benchmark run, as printed and written to JSON. */
public final class RunResults {

    private RunResults() {}

    /**
     * One throughput run: {@code articles} pre-loaded into the raw topic, then the services started.
     *
     * @param articlesPerSec    articles routed from the 10% mark of the expected country records to the last one,
     *                          over that time: the steady rate, measured at the output at both ends
     * @param fromStartPerSec   articles / (last arrival − services start), startup included
     * @param mbPerSec          raw article bytes per second at the steady rate
     * @param cpuSecPer1000     process CPU seconds (whole JVM, broker included) per 1,000 articles, in the same steady window
     * @param countryRecords    routed records seen (= expected when complete)
     * @param taggerCpuMicros   stream-thread CPU per tagged article, microseconds (the {@code timed} kind only; NaN otherwise)
     * @param routedBytes       bytes of the values of the routed records seen
     * @param brokerBytesPerArticle bytes the broker took in (all produce requests: enriched, changelog and country
     *                          topics, after the pre-load) per article; NaN when the broker's metric cannot be read
     */
    public record Throughput(
            int round,
            String kind,
            int articles,
            long rawBytes,
            long countryRecords,
            boolean complete,
            double seconds,
            double articlesPerSec,
            double fromStartPerSec,
            double mbPerSec,
            double cpuSecPer1000,
            double taggerCpuMicros,
            long routedBytes,
            double brokerBytesPerArticle) {

        /** Mean routed record bytes over mean raw article bytes. */
        public double recordRatio() {
            return countryRecords == 0 || rawBytes == 0
                    ? Double.NaN
                    : ((double) routedBytes / countryRecords) / ((double) rawBytes / articles);
        }
    }

    /** One latency run at a fixed offered load: send → arrival in a country topic, read_committed. */
    public record Latency(
            String kind,
            double offeredPerSec,
            double achievedPerSec,
            int seconds,
            long samples,
            boolean complete,
            long sendFailures,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double maxMs) {}
}
