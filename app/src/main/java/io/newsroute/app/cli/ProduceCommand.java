package io.newsroute.app.cli;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.kafka.TopicCreator;
import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.producer.ArticlePublisher;
import io.newsroute.producer.ProducerClients;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsroute produce}: publishes articles from files and folders ({@code .txt}, {@code .html},
 * {@code .json}, {@code .jsonl}, also gzipped), or JSON lines from stdin ({@code -}), to the raw topic,
 * and ends with a summary: read, published, duplicates skipped, failed (with reasons).
 */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Publish articles (files, folders, or '-' for JSON lines on stdin) to news.articles.raw.")
public final class ProduceCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders; '-' (or nothing) reads JSON lines from stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        NewsrouteConfig config = options.load();
        ArticleFiles files = new ArticleFiles(Clock.systemUTC());
        List<Article> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Path> fsPaths = new ArrayList<>();
        boolean stdin = paths.isEmpty();
        for (String p : paths) {
            if (p.equals("-")) {
                stdin = true;
            } else {
                fsPaths.add(Path.of(p));
            }
        }
        if (!fsPaths.isEmpty()) {
            collect(files.load(fsPaths), articles, failures);
        }
        if (stdin) {
            // JSON lines from stdin are spooled to a temporary .jsonl file and read like any other file
            Path dir = java.nio.file.Files.createTempDirectory("newsroute-stdin-");
            Path spool = dir.resolve("stdin.jsonl");
            try {
                java.nio.file.Files.copy(System.in, spool);
                collect(files.load(spool), articles, failures);
            } finally {
                java.nio.file.Files.deleteIfExists(spool);
                java.nio.file.Files.deleteIfExists(dir);
            }
        }
        try (Admin admin = Admin.create(config.clientProperties("admin"))) {
            TopicCreator.fromConfig(admin, config).ensurePipelineTopics(config.topics());
        }
        try (ArticlePublisher publisher = ProducerClients.publisher(config)) {
            ArticlePublisher.Result r = publisher.publishAll(articles);
            failures.addAll(r.failures());
            System.err.printf("read %d, published %d, duplicates skipped %d, failed %d%n",
                    articles.size(), r.publishedIds().size(), r.duplicates(), failures.size());
            failures.forEach(f -> System.err.println("  failed: " + Display.line(f, 200)));
            return failures.isEmpty() ? 0 : 1;
        }
    }

    private static void collect(LoadResult loaded, List<Article> articles, List<String> failures) {
        articles.addAll(loaded.articles());
        loaded.failures().forEach(f -> failures.add(f.path() + (f.line() > 0 ? ":" + f.line() : "") + ": " + f.reason()));
    }
}
