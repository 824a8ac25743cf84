package io.newsroute.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import io.newsroute.common.time.Poll;
import io.newsroute.extract.ArticleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final MockProducer<String, Article> producer = TestSources.mockProducer();

    private FolderWatcher watcher(MockProducer<String, Article> p) throws Exception {
        Deduplicator dedup = new Deduplicator();
        SourceState state = SourceState.load(dir.resolve(".newsroute-state"), dedup);
        return new FolderWatcher(
                dir,
                new ArticleFiles(CLOCK),
                TestSources.publisher(p, dedup),
                state,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                CLOCK);
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusSeconds(60)));
        return f;
    }

    private static String jsonLine(String url, String title, String topic) {
        return "{\"url\":\"" + url + "\",\"title\":\"" + title + "\",\"body\":\""
                + TestSources.body(topic).replace("\n", "\\n") + "\"}\n";
    }

    @Test
    void shouldPublishEachNewFileOnceAndIgnoreHiddenAndUnknownFiles() throws Exception {
        write(
                "a.jsonl",
                jsonLine("https://a.example/1", "One", "Lyon") + jsonLine("https://a.example/2", "Two", "Nantes"));
        write("sub/story.txt", "Storm in Brest\n\n" + TestSources.body("Brest"));
        write(".hidden.txt", "Hidden\n\n" + TestSources.body("Paris"));
        write("notes.md", "# not an article");
        FolderWatcher w = watcher(producer);

        FolderWatcher.ScanResult first = w.scanOnce();
        FolderWatcher.ScanResult second = w.scanOnce();

        assertThat(first.filesPublished()).isEqualTo(2);
        assertThat(second.filesPublished()).isZero();
        assertThat(producer.history()).hasSize(3);
        assertThat(producer.history()).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo(TestSources.TOPIC);
            assertThat(r.key()).isEqualTo(r.value().id());
        });
    }

    @Test
    void shouldNotRepublishAfterARestart() throws Exception {
        write("a.jsonl", jsonLine("https://a.example/1", "One", "Lyon"));
        watcher(producer).scanOnce();

        MockProducer<String, Article> afterRestart = TestSources.mockProducer();
        FolderWatcher restarted = watcher(afterRestart);
        restarted.scanOnce();
        assertThat(afterRestart.history()).isEmpty();

        Path b = write(
                "b.jsonl",
                jsonLine("https://a.example/1", "One again", "Lyon")
                        + jsonLine("https://a.example/3", "Three", "Brest"));
        restarted.scanOnce();
        assertThat(TestSources.keys(afterRestart))
                .containsExactly(
                        TestSources.article("https://a.example/3", "", "").id());
        assertThat(b).exists();
    }

    @Test
    void shouldPublishOnlyTheNewArticlesOfAChangedFile() throws Exception {
        Path f = write("a.jsonl", jsonLine("https://a.example/1", "One", "Lyon"));
        FolderWatcher w = watcher(producer);
        w.scanOnce();

        Files.writeString(
                f, jsonLine("https://a.example/1", "One", "Lyon") + jsonLine("https://a.example/2", "Two", "Nantes"));
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusSeconds(30)));
        w.scanOnce();

        assertThat(producer.history()).hasSize(2);
        assertThat(producer.history().get(1).value().title()).isEqualTo("Two");
    }

    @Test
    void shouldNotReadAFileAgainWhenOnlyItsTimeChanged() throws Exception {
        Path f = write("a.txt", "Storm in Brest\n\n" + TestSources.body("Brest"));
        FolderWatcher w = watcher(producer);
        w.scanOnce();
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusSeconds(10)));

        FolderWatcher.ScanResult touched = w.scanOnce();

        assertThat(touched.filesUnchanged()).isEqualTo(1);
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void shouldLeaveAFileStillBeingWrittenForALaterScan() throws Exception {
        Path f = write("a.txt", "Storm in Brest\n\n" + TestSources.body("Brest"));
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusMillis(200)));
        FolderWatcher w = watcher(producer);

        FolderWatcher.ScanResult early = w.scanOnce();

        assertThat(early.filesDeferred()).isEqualTo(1);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldTryAFileAgainWhenKafkaDidNotAcknowledgeIt() throws Exception {
        write("a.txt", "Storm in Brest\n\n" + TestSources.body("Brest"));
        MockProducer<String, Article> failing = TestSources.mockProducer();
        failing.sendException = new KafkaException("broker down");
        FolderWatcher w = watcher(failing);

        assertThat(w.scanOnce().filesFailed()).isEqualTo(1);
        failing.sendException = null;
        assertThat(w.scanOnce().filesPublished()).isEqualTo(1);
        assertThat(failing.history()).hasSize(1);
    }

    @Test
    void shouldPublishAFileCreatedWhileWatching() throws Exception {
        Clock real = Clock.systemUTC();
        Deduplicator dedup = new Deduplicator();
        SourceState state = SourceState.load(dir.resolve(".newsroute-state"), dedup);
        FolderWatcher w = new FolderWatcher(
                dir,
                new ArticleFiles(real),
                TestSources.publisher(producer, dedup),
                state,
                Duration.ofSeconds(2),
                Duration.ofMillis(100),
                real);
        Thread t = new Thread(w, "test-watch");
        t.start();
        try {
            Files.writeString(dir.resolve("new.txt"), "Storm in Brest\n\n" + TestSources.body("Brest"));
            Poll.until(Duration.ofSeconds(20), Duration.ofMillis(20), () -> !producer.history()
                    .isEmpty());
        } finally {
            w.close();
            t.join(10_000);
        }
        assertThat(producer.history()).hasSize(1);
        assertThat(t.isAlive()).isFalse();
    }

    @Test
    void shouldNotRecordAFileThatCouldNotBeReadSoTheNextScanReadsItAgain() throws Exception {
        Path f = dir.resolve("cut.txt.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}); // a gzip header, then nothing: an I/O error
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusSeconds(60)));
        FolderWatcher w = watcher(producer);

        FolderWatcher.ScanResult first = w.scanOnce();
        FolderWatcher.ScanResult second = w.scanOnce();

        assertThat(first.filesFailed()).isEqualTo(1);
        assertThat(second.filesUnchanged())
                .as("a file with read errors is not recorded as done")
                .isZero();
        assertThat(second.filesFailed()).isEqualTo(1);
    }
}
