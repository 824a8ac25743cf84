package io.newsroute.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroute.bench.ArticlePool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result of {@link TaggerBenchmark} and prints each benchmark in MB/s per core (one
 * article per operation, times the pool's mean text size), next to the plain scan, with the ratio.
 * Run by {@code bench/tagger.sh}.
 */
public final class TaggerReport {

    private TaggerReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TaggerReport <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, double[]> perSec = new LinkedHashMap<>();
        double meanBytes = 0;
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            JsonNode params = r.path("params");
            int pool = params.path("poolSize").asInt(256);
            int size = params.path("articleBytes").asInt(4096);
            meanBytes = ArticlePool.generate(pool, size, 42).meanTextBytes();
            JsonNode m = r.get("primaryMetric");
            perSec.put(name, new double[] {m.get("score").asDouble(), m.get("scoreError").asDouble()});
        }
        double[] scan = perSec.get("plainScan");
        System.out.printf(Locale.ROOT, "%nTagger, single thread (= per core), generated articles of %.0f text bytes on average%n", meanBytes);
        System.out.printf(Locale.ROOT, "%-20s %12s %10s %12s%n", "benchmark", "articles/s", "MB/s", "scan/this");
        for (var e : perSec.entrySet()) {
            double aps = e.getValue()[0];
            double mbs = aps * meanBytes / 1e6;
            double ratio = scan == null ? Double.NaN : scan[0] / aps;
            System.out.printf(Locale.ROOT, "%-20s %12.0f %10.1f %11.1fx%n", e.getKey(), aps, mbs, ratio);
        }
        double both = perSec.containsKey("countriesAndThemes") ? perSec.get("countriesAndThemes")[0] * meanBytes / 1e6 : Double.NaN;
        double c = perSec.containsKey("countries") ? perSec.get("countries")[0] : Double.NaN;
        double ct = perSec.containsKey("countriesAndThemes") ? perSec.get("countriesAndThemes")[0] : Double.NaN;
        // time per article: what tagging themes adds to the country tagger, against the country tagger's own
        double countryMicros = 1e6 / c;
        double themesAddedMicros = 1e6 / ct - countryMicros;
        System.out.printf(Locale.ROOT, "per article: countries %.1f us, themes add %.1f us (%.2f of the country tagger's cost)%n",
                countryMicros, themesAddedMicros, themesAddedMicros / countryMicros);
        System.out.printf(Locale.ROOT, "tagger_mbs=%.1f scan_ratio=%.1f themes_added_vs_countries=%.2f%n",
                both, scan == null ? Double.NaN : scan[0] * meanBytes / 1e6 / both, themesAddedMicros / countryMicros);
    }
}
