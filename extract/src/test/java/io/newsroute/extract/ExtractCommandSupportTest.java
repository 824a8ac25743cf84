package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.common.serde.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandSupportTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintOneJsonLinePerPageWithIdFromFileName() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("abc123.html.gz")))) {
            out.write(Fixtures.read("news-page.html").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("plain.htm"), Fixtures.read("plain-page.html"));
        Files.writeString(dir.resolve("ignored.txt"), "not a page");
        StringWriter out = new StringWriter();

        ExtractCommandSupport.extractAll(List.of(dir), out);

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("abc123");
        assertThat(first.get("title").asText()).isEqualTo("Harbour town opens floating library");
        assertThat(first.get("body").asText()).startsWith("The old car ferry");
        assertThat(first.get("authors")).hasSize(2);
        assertThat(first.get("siteName").asText()).isEqualTo("The Coastal Courier");
        assertThat(Json.mapper().readTree(lines[1]).get("id").asText()).isEqualTo("plain");
    }

    @Test
    void shouldPrintEmptyBodyAndErrorForPageWithoutArticle() throws IOException {
        Path page = Files.writeString(dir.resolve("empty.html"), "<html><body><script>x()</script></body></html>");
        StringWriter out = new StringWriter();

        ExtractCommandSupport.extractAll(List.of(page), out);

        JsonNode line = Json.mapper().readTree(out.toString().trim());
        assertThat(line.get("id").asText()).isEqualTo("empty");
        assertThat(line.get("body").asText()).isEmpty();
        assertThat(line.get("error").asText()).isNotBlank();
    }
}
