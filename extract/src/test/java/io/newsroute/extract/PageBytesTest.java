package io.newsroute.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    @Test
    void shouldTakeAnHtmlBodyServedWithAGenericTypeButNotAnImage() {
        byte[] html = "<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(PageBytes.looksLikeHtml("application/octet-stream", html)).isTrue();
        assertThat(PageBytes.looksLikeHtml("", html)).isTrue();
        assertThat(PageBytes.looksLikeHtml("Text/HTML; charset=UTF-8", new byte[0]))
                .isTrue();
        assertThat(PageBytes.looksLikeHtml("image/png", html)).isFalse();
        assertThat(PageBytes.looksLikeHtml("application/octet-stream", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .isFalse();
    }

    @Test
    void shouldPreferTheHeadersCharsetThenThePagesMetaThenUtf8() {
        byte[] latin = "<html><head><meta charset=\"iso-8859-1\"></head><body>Z\u00fcrich</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(PageBytes.charset("text/html; charset=windows-1252", latin))
                .isEqualTo(Charset.forName("windows-1252"));
        assertThat(PageBytes.charset("text/html", latin)).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(PageBytes.decode("text/html", latin)).contains("Z\u00fcrich");
        assertThat(PageBytes.charset("text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadUtf8WhenTheNamedCharsetIsUnknown() {
        assertThat(PageBytes.charset("text/html; charset=no-such-set", new byte[0]))
                .isEqualTo(StandardCharsets.UTF_8);
    }
}
