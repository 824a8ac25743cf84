package io.newsroute.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stable article ids. Reads a canonical URL (or, when there is none, the title and body) and
 * writes a 32-hex-character id: the first 16 bytes of the SHA-256 of the normalised URL or text.
 * Re-publishing the same article, with or without tracking parameters, gives the same id.
 */
public final class ArticleIds {

    /** Query parameters that only track the visitor and never select content. */
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gclsrc",
            "msclkid",
            "yclid",
            "igshid",
            "mc_cid",
            "mc_eid",
            "_ga",
            "_gl",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "ref_src",
            "ref_url",
            "cmpid",
            "ocid",
            "smid",
            "smtyp",
            "soc_src",
            "soc_trk",
            "sr_share",
            "spm",
            "wt.mc_id",
            "icid",
            "ncid",
            "cid_source",
            "share",
            "via");

    private static final Pattern TRACKING_PREFIX = Pattern.compile("^(utm_|pk_|mtm_|hsa_|at_).*");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final HexFormat HEX = HexFormat.of();

    private ArticleIds() {}

    /** The id of an article: from its URL when it has a usable one, else from its title and body. */
    public static String of(String url, String title, String body) {
        Optional<String> normalised = normaliseUrl(url);
        // a site's home page is a mistaken canonical link, shared by every article: use the text instead
        if (normalised.isPresent() && !isSiteRoot(normalised.get())) {
            return hash(normalised.get());
        }
        return hash("text:" + normaliseText((title == null ? "" : title) + "\n" + (body == null ? "" : body)));
    }

    /**
     * The URL in canonical form: scheme and host lower-cased, default port, fragment, tracking
     * parameters and trailing slash removed. Empty when the text is not an absolute http(s) URL.
     */
    public static Optional<String> normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.trim().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            // not a URL: the caller falls back to the text
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            sb.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        sb.append(path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return Optional.of(sb.toString());
    }

    /** Text folded for comparison: NFKC, lower case, punctuation and symbols dropped, whitespace collapsed. */
    public static String normaliseText(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        folded = PUNCTUATION.matcher(folded).replaceAll("");
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }

    private static boolean isSiteRoot(String normalisedUrl) {
        int afterScheme = normalisedUrl.indexOf("://") + 3;
        return normalisedUrl.indexOf('/', afterScheme) < 0 && normalisedUrl.indexOf('?', afterScheme) < 0;
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (TRACKING_PARAMS.contains(name) || TRACKING_PREFIX.matcher(name).matches()) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
