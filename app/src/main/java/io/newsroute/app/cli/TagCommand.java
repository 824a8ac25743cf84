package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.tagger.JsonLinesTagger;
import io.newsroute.tagger.Taggers;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsroute tag}: the tagger offline, no Kafka. Reads JSON-lines articles on stdin and writes
 * one enriched JSON line per input line to stdout, in order, keeping each record's id; a bad line gives
 * an error record for that line.
 */
@Command(
        name = "tag",
        mixinStandardHelpOptions = true,
        description = "Tag JSON-lines articles from stdin (no Kafka): one enriched JSON line per input line on stdout.")
public final class TagCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        JsonLinesTagger tagger = new JsonLinesTagger(Taggers.fromConfig(config));
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        JsonLinesTagger.Summary s = tagger.run(in, out);
        System.err.printf("tagged %d, failed %d%n", s.tagged(), s.failed());
        return 0;
    }
}
