package io.newsroute.ingest.sources;

import static io.newsroute.ingest.sources.TestSources.article;
import static io.newsroute.ingest.sources.TestSources.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsroute.common.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStateTest {

    @TempDir
    Path dir;

    @Test
    void shouldRestoreFilesFeedsAndDeduplicatorAfterASave() throws Exception {
        Path file = dir.resolve("state.json");
        Deduplicator dedup = new Deduplicator();
        Article published = article("https://a.example/1", "One", body("Lyon"));
        dedup.claim(published);
        dedup.confirm(published);
        SourceState state = SourceState.load(file, dedup);
        state.putFile("a.jsonl", new SourceState.FileEntry(10, 20, "abc", List.of("id1")));
        state.putFeed("https://feed.example/rss", "\"v1\"", null, List.of("guid-1", "guid-2"));
        state.save();

        Deduplicator restoredDedup = new Deduplicator();
        SourceState restored = SourceState.load(file, restoredDedup);

        assertThat(restored.fileEntry("a.jsonl")).contains(new SourceState.FileEntry(10, 20, "abc", List.of("id1")));
        assertThat(restored.feed("https://feed.example/rss").seen()).containsExactly("guid-1", "guid-2");
        assertThat(restored.feed("https://feed.example/rss").etag()).isEqualTo("\"v1\"");
        assertThat(restoredDedup.claim(article("https://other.example/x", "One", body("Lyon"))))
                .isEqualTo(Deduplicator.Verdict.DUPLICATE_TEXT);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                .containsExactly("state.json");
    }

    @Test
    void shouldRefuseACorruptStateFileRatherThanStartOver() throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{not json");

        assertThatThrownBy(() -> SourceState.load(file, new Deduplicator()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot read state file");
    }

    @Test
    void shouldKeepOnlyTheMostRecentItemKeysOfAFeed() throws Exception {
        SourceState state = SourceState.load(dir.resolve("s"), new Deduplicator());
        List<String> many = java.util.stream.IntStream.range(0, SourceState.MAX_SEEN_PER_FEED + 10)
                .mapToObj(i -> "g" + i)
                .toList();

        state.putFeed("f", null, null, many);

        assertThat(state.feed("f").seen())
                .hasSize(SourceState.MAX_SEEN_PER_FEED)
                .startsWith("g10");
    }
}
