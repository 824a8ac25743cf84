package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final ArticleFiles files = new ArticleFiles(Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void shouldReadTextFileWithFileNameAsSource() throws IOException {
        Path txt = write("bees.txt", Fixtures.read("text-article.txt"));

        LoadResult result = files.load(txt);

        assertThat(result.failures()).isEmpty();
        Article a = result.articles().get(0);
        assertThat(a.source()).isEqualTo("bees.txt");
        assertThat(a.authors()).containsExactly("Ada Lindqvist");
        assertThat(a.ingestedAt()).isEqualTo(NOW);
        assertThat(a.url()).isNull();
        assertThat(a.id()).isEqualTo(ArticleIds.of(null, a.title(), a.body()));
    }

    @Test
    void shouldReadGzippedHtmlWithSiteNameAsSourceAndUrlId() throws IOException {
        Path page = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write(Fixtures.read("news-page.html").getBytes(StandardCharsets.UTF_8));
        }

        LoadResult result = files.load(page);

        Article a = result.articles().get(0);
        assertThat(a.source()).isEqualTo("The Coastal Courier");
        assertThat(a.id())
                .isEqualTo(
                        ArticleIds.of("https://www.coastal-courier.example/news/2026/03/floating-library", null, null));
        assertThat(a.body()).startsWith("The old car ferry");
    }

    @Test
    void shouldReadJsonObjectsArraysAndLines() throws IOException {
        write(
                "one.json",
                "{\"title\":\"One\",\"body\":\"Body one.\",\"url\":\"https://example.com/one?utm_source=x\"}");
        write(
                "many.json",
                "[{\"headline\":\"Two\",\"articleBody\":\"Body two.\",\"author\":{\"name\":\"A B\"}},"
                        + "{\"title\":\"Three\",\"text\":\"Body three.\",\"authors\":[\"C D\",\"E F\"]}]");
        write(
                "lines.jsonl",
                "{\"title\":\"Four\",\"body\":\"Body four.\"}\n\n{\"title\":\"Five\",\"content\":\"Body five.\"}\n");

        LoadResult result = files.load(dir);

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).extracting(Article::title).containsExactly("Four", "Five", "Two", "Three", "One");
        assertThat(result.articles().get(2).authors()).containsExactly("A B");
        assertThat(result.articles().get(3).authors()).containsExactly("C D", "E F");
        assertThat(result.articles().get(4).id()).isEqualTo(ArticleIds.of("https://example.com/one", null, null));
    }

    @Test
    void shouldReportBadLinesAndKeepTheRest() throws IOException {
        write("mixed.jsonl", "{\"title\":\"Good\",\"body\":\"Fine.\"}\n{not json\n{\"title\":\"No body\"}\n[1,2]\n");

        LoadResult result = files.load(dir);

        assertThat(result.articles()).extracting(Article::title).containsExactly("Good");
        assertThat(result.failures()).extracting(LoadResult.Failure::line).containsExactly(2, 3, 4);
        assertThat(result.failures()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void shouldSkipUnknownExtensionsWithReason() throws IOException {
        write("notes.md", "# not an article");
        write("ok.txt", "Title\nA paragraph of text that is the body.");

        LoadResult result = files.load(dir);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path().getFileName().toString()).isEqualTo("notes.md");
            assertThat(s.reason()).contains("unknown file type");
        });
    }

    @Test
    void shouldReportFilesWithoutArticleText() throws IOException {
        write("empty.html", "<html><body><script>x()</script></body></html>");
        write("broken.json", "{\"title\": ");
        write("bad.txt.gz", "not gzip at all");

        LoadResult result = files.load(dir);

        assertThat(result.articles()).isEmpty();
        assertThat(result.failures()).hasSize(3).allSatisfy(f -> assertThat(f.line())
                .isZero());
    }

    @Test
    void shouldReportMissingPath() {
        LoadResult result = files.load(dir.resolve("nope"));

        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("no such file"));
    }

    @Test
    void shouldRefuseFilesOverTheSizeCap() throws IOException {
        write("big.txt", "Title\n" + "word ".repeat(1000));
        ArticleFiles small = new ArticleFiles(Clock.fixed(NOW, ZoneOffset.UTC), new HtmlExtractor(), 100);

        LoadResult result = small.load(dir);

        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("larger than"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
