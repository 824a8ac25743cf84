package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleFiles;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoaderTest {

    @TempDir
    Path dir;

    private final MockProducer<String, Article> producer = TestSources.mockProducer();
    private final SourcePublisher publisher = TestSources.publisher(producer, new Deduplicator());
    private final BulkLoader loader = new BulkLoader(new ArticleFiles(Clock.systemUTC()), publisher, 2);

    private static String line(String url, String title, String topic) {
        return "{\"url\":\"" + url + "\",\"title\":\"" + title + "\",\"body\":\""
                + TestSources.body(topic).replace("\n", "\\n") + "\"}\n";
    }

    @Test
    void shouldStreamJsonLinesInBatchesAndCountBadLinesAndDuplicates() throws Exception {
        String input = line("https://a.example/1", "One", "Lyon") + "{broken\n\n"
                + line("https://a.example/2", "Two", "Nantes") + line("https://a.example/1?utm_source=x", "One", "Lyon")
                + line("https://b.example/copy", "Copy", "Lyon") + line("https://a.example/3", "Three", "Brest");

        loader.loadJsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "stdin", true);

        IngestStats stats = publisher.stats();
        assertThat(producer.history()).extracting(r -> r.value().title()).containsExactly("One", "Two", "Three");
        assertThat(stats.summary()).isEqualTo("read 5, published 3, duplicates skipped 2, failed 1");
        assertThat(stats.reasons()).singleElement().asString().startsWith("stdin:2: bad JSON");
        assertThat(stats.bytes()).isEqualTo(input.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void shouldLoadFoldersWithGzippedJsonLinesAndSkipUnknownFiles() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("sub/a.jsonl.gz")))) {
            out.write((line("https://a.example/1", "One", "Lyon") + line("https://a.example/2", "Two", "Nantes"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("b.txt"), "Storm in Brest\n\n" + TestSources.body("Brest"));
        Files.writeString(dir.resolve("notes.md"), "# notes");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden\n\n" + TestSources.body("Paris"));

        List<Path> files = loader.list(List.of(dir, dir.resolve("missing")));
        loader.loadFiles(files);

        assertThat(producer.history()).hasSize(3);
        assertThat(loader.skippedFiles()).isEqualTo(1);
        assertThat(publisher.stats().failed()).isEqualTo(1);
        assertThat(publisher.stats().bytes())
                .isEqualTo(BulkLoader.totalBytes(files) - Files.size(dir.resolve("notes.md")));
    }
}
