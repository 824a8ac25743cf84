package io.newsroute.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroute.bench.ArticlePool;
import io.newsroute.tagger.warmup.SampleArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result of {@link TaggerBenchmark} and prints each benchmark in MB/s per core (one
 * article per operation, times the pool's mean text size), next to the plain scan, with the ratio.
 * Each figure is the median of the forks' means (JMH's own score is the mean of all iterations, which
 * one disturbed fork on a shared machine drags), printed with the range of the fork means. Run by
 * {@code bench/tagger.sh}.
 */
public final class TaggerReport {

    private TaggerReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TaggerReport <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Scores scores = scores(results);
        double mixedBytes = mixedMeanBytes(results);
        printTable(scores, mixedBytes);
        printSummary(scores, mixedBytes);
    }

    /** Each benchmark's articles per second (median, least, greatest fork), and the articles' mean text bytes. */
    private record Scores(Map<String, double[]> perSec, double meanBytes) {

        double perSecOf(String benchmark) {
            return perSec.containsKey(benchmark) ? perSec.get(benchmark)[0] : Double.NaN;
        }
    }

    private static Scores scores(JsonNode results) {
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
            perSec.put(name, forkMedianAndRange(m));
        }
        return new Scores(perSec, meanBytes);
    }

    /** One row per benchmark: articles/s, MB/s, how much faster the plain scan is, the forks' range. */
    private static void printTable(Scores scores, double mixedBytes) {
        double meanBytes = scores.meanBytes();
        double[] scan = scores.perSec().get("plainScan");
        System.out.printf(
                Locale.ROOT,
                "%nTagger, single thread (= per core), generated articles of %.0f text bytes on average%n",
                meanBytes);
        System.out.printf(
                Locale.ROOT,
                "%-20s %12s %10s %12s   %s%n",
                "benchmark",
                "articles/s",
                "MB/s",
                "scan/this",
                "fork means (articles/s)");
        for (var e : scores.perSec().entrySet()) {
            double aps = e.getValue()[0];
            double mbs = aps * (e.getKey().equals("mixedLanguages") ? mixedBytes : meanBytes) / 1e6;
            double ratio = scan == null ? Double.NaN : scan[0] / aps;
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %12.0f %10.1f %11.1fx   %.0f..%.0f%n",
                    e.getKey(),
                    aps,
                    mbs,
                    ratio,
                    e.getValue()[1],
                    e.getValue()[2]);
        }
    }

    /** What themes add per article, the mixed-language figure, and the one summary line. */
    private static void printSummary(Scores scores, double mixedBytes) {
        double meanBytes = scores.meanBytes();
        double[] scan = scores.perSec().get("plainScan");
        double both = scores.perSecOf("countriesAndThemes") * meanBytes / 1e6;
        double c = scores.perSecOf("countries");
        double ct = scores.perSecOf("countriesAndThemes");
        // time per article: what tagging themes adds to the country tagger, against the country tagger's own
        double countryMicros = 1e6 / c;
        double themesAddedMicros = 1e6 / ct - countryMicros;
        System.out.printf(
                Locale.ROOT,
                "per article: countries %.1f us, themes add %.1f us (%.2f of the country tagger's cost)%n",
                countryMicros,
                themesAddedMicros,
                themesAddedMicros / countryMicros);
        double mixed = scores.perSecOf("mixedLanguages") * mixedBytes / 1e6;
        System.out.printf(
                Locale.ROOT,
                "mixed-language articles: %.0f UTF-8 bytes on average (ten languages in turn)%n",
                mixedBytes);
        System.out.printf(
                Locale.ROOT,
                "tagger_mbs=%.1f scan_ratio=%.1f themes_added_vs_countries=%.2f mixed_mbs=%.1f%n",
                both,
                scan == null ? Double.NaN : scan[0] * meanBytes / 1e6 / both,
                themesAddedMicros / countryMicros,
                mixed);
    }

    /** Mean UTF-8 text bytes of the mixed-language pool the benchmark used. */
    private static double mixedMeanBytes(JsonNode results) {
        int pool = results.size() == 0
                ? 256
                : results.get(0).path("params").path("poolSize").asInt(256);
        double sum = 0;
        var articles = SampleArticles.generate(pool, TaggerBenchmark.MIXED_CHARS, 42);
        for (var a : articles) {
            sum += ArticlePool.textBytes(a);
        }
        return sum / Math.max(1, articles.size());
    }

    /** Median, least and greatest of the forks' mean scores (JMH's rawData: one array per fork). */
    static double[] forkMedianAndRange(JsonNode primaryMetric) {
        JsonNode raw = primaryMetric.path("rawData");
        double[] means = new double[raw.size()];
        for (int f = 0; f < means.length; f++) {
            double sum = 0;
            for (JsonNode v : raw.get(f)) {
                sum += v.asDouble();
            }
            means[f] = sum / Math.max(1, raw.get(f).size());
        }
        if (means.length == 0) {
            double score = primaryMetric.get("score").asDouble();
            return new double[] {score, score, score};
        }
        Arrays.sort(means);
        int n = means.length;
        double median = n % 2 == 1 ? means[n / 2] : (means[n / 2 - 1] + means[n / 2]) / 2;
        return new double[] {median, means[0], means[n - 1]};
    }
}
