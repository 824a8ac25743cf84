package io.newsroute.app.cli;

import io.newsroute.common.model.Article;
import io.newsroute.ingest.generate.ArticleGenerator;
import io.newsroute.kafka.JsonSerde;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsroute generate}: writes synthetic articles as JSON lines (for load, fault and benchmark runs). */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write N synthetic news articles (datelines, 1-4 countries each) as JSON lines to stdout.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(
            names = {"-n", "--count"},
            defaultValue = "1000",
            description = "How many (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(
            names = "--size",
            defaultValue = "4000",
            description = "Approximate body size in bytes (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--id-prefix",
            defaultValue = "gen",
            description = "Ids are PREFIX-1, PREFIX-2, ... (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Override
    public Integer call() throws Exception {
        ArticleGenerator gen = new ArticleGenerator(seed, size);
        JsonSerde<Article> serde = JsonSerde.of(Article.class);
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 1; i <= count; i++) {
            out.write(serde.toJson(gen.next(prefix + "-" + i)));
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
