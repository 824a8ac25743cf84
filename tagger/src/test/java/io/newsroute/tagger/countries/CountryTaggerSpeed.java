package io.newsroute.tagger.countries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rough single-thread throughput check (not a unit test): reads a JSON-lines file of articles given as
 * the first argument, tags them repeatedly for a few seconds, and prints the gazetteer load time and the
 * MB/s of text (counted as chars) tagged, per wall and per
 * CPU second of the tagging thread (the machine may be shared). Usage: {@code java ... CountryTaggerSpeed FILE [SECONDS]}.
 */
public final class CountryTaggerSpeed {

    private CountryTaggerSpeed() {}

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        CountryTagger tagger = CountryTagger.standard();
        tagger.tag("warm", null, "up");
        System.out.printf("gazetteer load: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> docs = new ArrayList<>();
        long chars = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            JsonNode n = mapper.readTree(line);
            String[] d = {n.path("title").asText(""), n.path("body").asText("")};
            chars += d[0].length() + d[1].length();
            docs.add(d);
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (String[] d : docs) {
                sink += tagger.tag(d[0], null, d[1]).size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long done = 0;
        int rounds = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (String[] d : docs) {
                sink += tagger.tag(d[0], null, d[1]).size();
            }
            done += chars;
            rounds++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(
                "%d rounds of %d articles, %.1f MB of text in %.2f s wall, %.2f s cpu: %.1f MB/s wall,"
                        + " %.1f MB per cpu-second (sink %d)%n",
                rounds, docs.size(), done / 1e6, secs, cpu, done / 1e6 / secs, done / 1e6 / cpu, sink);
    }
}
