package io.newsroute.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.model.Article;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.ingest.sources.Deduplicator;
import io.newsroute.ingest.sources.FolderWatcher;
import io.newsroute.ingest.sources.IngestStats;
import io.newsroute.ingest.sources.SourcePublisher;
import io.newsroute.ingest.sources.SourceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code produce --watch} on a real broker: each file's articles reach the raw topic once, across a restart. */
class WatchFolderIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** One run of the watcher: a fresh producer and deduplicator, the state file of the folder, one scan. */
    private FolderWatcher.ScanResult runOnce(NewsrouteConfig config) throws Exception {
        Deduplicator dedup = new Deduplicator();
        SourceState state = SourceState.load(dir.resolve(".newsroute-state"), dedup);
        try (ArticlePublisher publisher = ProducerClients.publisher(config);
                FolderWatcher watcher = new FolderWatcher(
                        dir,
                        new ArticleFiles(Clock.systemUTC()),
                        new SourcePublisher(publisher, dedup, new IngestStats(), TIMEOUT),
                        state,
                        Duration.ofSeconds(30),
                        Duration.ofMillis(100),
                        Clock.systemUTC())) {
            return watcher.scanOnce();
        }
    }

    private void write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(5)));
    }

    private static String line(String url, String title) {
        return "{\"url\":\"" + url + "\",\"title\":\"" + title + "\",\"body\":\"" + title
                + " was reported on Friday by the regional council, which met in an extraordinary session.\"}\n";
    }

    @Test
    void shouldPublishEachFileOnceAcrossARestart() throws Exception {
        NewsrouteConfig config = SourcesBroker.isolatedConfig();
        write(
                "a.jsonl",
                line("https://a.example/1", "Harbour reopens") + line("https://a.example/2", "Budget approved"));
        write(
                "b.txt",
                "Storm in Brest\n\nThe storm closed the harbour of Brest for three days, the port authority said.");

        FolderWatcher.ScanResult first = runOnce(config);
        FolderWatcher.ScanResult afterRestart = runOnce(config);
        write(
                "c.jsonl",
                line("https://a.example/2", "Budget approved") + line("https://a.example/3", "Pass closed by snow"));
        FolderWatcher.ScanResult afterNewFile = runOnce(config);

        assertThat(first.filesPublished()).isEqualTo(2);
        assertThat(afterRestart.filesPublished()).isZero();
        assertThat(afterNewFile.filesPublished()).isEqualTo(1);
        List<ConsumerRecord<String, Article>> records = SourcesBroker.rawRecords(config, TIMEOUT);
        assertThat(records)
                .extracting(r -> r.value().title())
                .containsExactlyInAnyOrder(
                        "Harbour reopens", "Budget approved", "Storm in Brest", "Pass closed by snow");
        assertThat(records)
                .allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().id()));
    }
}
