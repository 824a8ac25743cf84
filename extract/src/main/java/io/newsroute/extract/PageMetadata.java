package io.newsroute.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the page-level facts of an HTML document: JSON-LD article fields first, then OpenGraph,
 * {@code article:*} and classic meta tags, {@code <link rel=canonical>}, {@code <html lang>},
 * {@code <title>} and the first {@code <h1>}. Writes everything of {@link ExtractedPage} except the body.
 *
 * @param title        headline
 * @param subtitle     description, or {@code null}
 * @param authors      author names, never {@code null}
 * @param published    ISO-8601 publication date text, or {@code null}
 * @param canonicalUrl absolute canonical URL, or {@code null}
 * @param siteName     site name, or {@code null}
 * @param language     BCP-47 language tag, or {@code null}
 */
public record PageMetadata(
        String title,
        String subtitle,
        List<String> authors,
        String published,
        String canonicalUrl,
        String siteName,
        String language) {

    private static final Pattern ISO_DATE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$");
    /** Earlier dates are placeholders ("0001-01-01"), not publication dates. */
    private static final String MIN_DATE = "1900";

    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·»:-]\\s+");

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Reads the metadata of a parsed page; {@code pageUrl} (may be null) resolves relative links. */
    public static PageMetadata read(Document doc, Optional<JsonLdArticle> jsonLd, String pageUrl) {
        JsonLdArticle ld = jsonLd.orElse(null);
        String siteName =
                first(meta(doc, "og:site_name"), ld == null ? null : ld.publisher(), meta(doc, "application-name"));
        String h1 = null;
        Element firstH1 = doc.selectFirst("h1");
        if (firstH1 != null) {
            h1 = TextCleaner.inline(firstH1.text());
        }
        String docTitle = TextCleaner.inline(doc.title());
        String title = first(
                ld == null ? null : ld.headline(),
                meta(doc, "og:title"),
                meta(doc, "twitter:title"),
                h1,
                stripSiteFromTitle(docTitle, siteName));
        String subtitle = first(
                ld == null ? null : ld.description(),
                meta(doc, "og:description"),
                meta(doc, "description"),
                meta(doc, "twitter:description"));

        List<String> authors = authors(doc, ld);
        String published = published(doc, ld);
        String canonical = canonical(doc, ld, pageUrl);
        if (siteName == null && canonical != null) {
            siteName = hostOf(canonical);
        }
        String language = language(doc, ld);
        return new PageMetadata(
                title == null ? "" : title,
                subtitle,
                List.copyOf(new LinkedHashSet<>(authors)),
                published,
                canonical,
                siteName,
                language);
    }

    /** The authors: JSON-LD's, else the author meta tags' names (a link is no name). */
    private static List<String> authors(Document doc, JsonLdArticle ld) {
        List<String> authors = new ArrayList<>();
        if (ld != null) {
            authors.addAll(ld.authors());
        }
        if (authors.isEmpty()) {
            for (String key :
                    List.of("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")) {
                String value = meta(doc, key);
                if (value != null && !value.startsWith("http")) {
                    authors.addAll(BoilerplateText.bylineNames(value));
                }
            }
        }
        return authors;
    }

    /** The first publication date, as an ISO date, that JSON-LD, the meta tags or a time element give; or null. */
    private static String published(Document doc, JsonLdArticle ld) {
        for (String candidate : new String[] {
            ld == null ? null : ld.datePublished(),
            meta(doc, "article:published_time"),
            meta(doc, "og:article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "date"),
            meta(doc, "dc.date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "sailthru.date"),
            timeElement(doc)
        }) {
            String published = isoDate(candidate);
            if (published != null) {
                return published;
            }
        }
        return null;
    }

    /** The canonical URL: the first absolute candidate that is not just the site's root, else the first one. */
    private static String canonical(Document doc, JsonLdArticle ld, String pageUrl) {
        String canonical = null;
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        for (String candidate : new String[] {
            link == null ? null : link.attr("href"), meta(doc, "og:url"), ld == null ? null : ld.url(), pageUrl
        }) {
            String url = absolute(candidate, pageUrl);
            if (url != null && (canonical == null || isSiteRoot(canonical))) {
                canonical = url;
            }
            if (canonical != null && !isSiteRoot(canonical)) {
                break;
            }
        }
        return canonical;
    }

    /** The page's language tag: the html element's, the HTTP-equiv header's, JSON-LD's or the meta tags'; or null. */
    private static String language(Document doc, JsonLdArticle ld) {
        Element html = doc.selectFirst("html");
        for (String candidate : new String[] {
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            httpEquiv(doc, "content-language"),
            ld == null ? null : ld.language(),
            meta(doc, "og:locale"),
            meta(doc, "language")
        }) {
            String language = languageTag(candidate);
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String name = m.hasAttr("property")
                    ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (name.equalsIgnoreCase(key)) {
                String value = TextCleaner.inline(m.attr("content"));
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        Element m = doc.selectFirst("meta[http-equiv=" + key + "][content]");
        return m == null ? null : m.attr("content");
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String isoDate(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (!ISO_DATE.matcher(t).matches() || t.compareTo(MIN_DATE) < 0) {
            return null;
        }
        // "+0000" is ISO-8601 basic format; the extended "+00:00" matches the rest of the timestamp
        return t.matches(".*T.*[+-]\\d{4}$") ? t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2) : t;
    }

    private static String languageTag(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int comma = t.indexOf(',');
        if (comma > 0) {
            t = t.substring(0, comma).trim();
        }
        if (!LANGUAGE.matcher(t).matches()) {
            return null;
        }
        return Locale.forLanguageTag(t.replace('_', '-')).toLanguageTag();
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(href.trim().replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base.trim()).resolve(uri);
            }
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            // a malformed link is no canonical URL
            return null;
        }
    }

    /** Whether the URL is a home page (no path): a canonical link some sites set by mistake. */
    private static boolean isSiteRoot(String url) {
        try {
            String path = new URI(url).getRawPath();
            return (path == null || path.isEmpty() || path.equals("/")) && new URI(url).getRawQuery() == null;
        } catch (URISyntaxException e) {
            // absolute() produced it from a parsed URI, so this does not happen; treat as a root to prefer others
            return true;
        }
    }

    private static String hostOf(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            // no host to name the site after
            return null;
        }
    }

    private static String stripSiteFromTitle(String title, String siteName) {
        if (title == null || title.isEmpty()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        if (siteName != null && longest.equalsIgnoreCase(siteName)) {
            return parts[0];
        }
        return longest;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
