package io.newsroute.tagger.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed harness (test scope, not a unit test): reads a JSON-lines file of articles into memory, warms
 * the tagger up, then tags every article several times and prints the throughput in MB of UTF-8 text
 * per second of this thread's CPU time (so other load on the machine does not count).
 * Usage: {@code ThemeTaggerSpeed FILE [ROUNDS]}.
 */
public final class ThemeTaggerSpeed {

    private ThemeTaggerSpeed() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> articles = new ArrayList<>();
        long bytes = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode a = mapper.readTree(line);
                    String[] f = {
                        a.path("title").asText(""),
                        a.path("subtitle").asText(""),
                        a.path("body").asText("")
                    };
                    articles.add(f);
                    for (String s : f) {
                        bytes += s.getBytes(StandardCharsets.UTF_8).length;
                    }
                }
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ThemeTagger tagger = ThemeTagger.standard();
        long sink = 0;
        for (int r = 0; r < 5; r++) {
            for (String[] a : articles) {
                sink += tagger.tag(a[0], a[1], a[2]).size();
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            for (String[] a : articles) {
                sink += tagger.tag(a[0], a[1], a[2]).size();
            }
        }
        double seconds = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(
                "themes: %d articles x %d rounds, %.1f MB/s per core (CPU time), %.1f us/article [%d]%n",
                articles.size(),
                rounds,
                bytes * (double) rounds / seconds / 1e6,
                seconds * 1e6 / (articles.size() * (double) rounds),
                sink);
    }
}
