package io.newsroute.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fetched page's bytes as text: whether they are HTML, and in which charset (the Content-Type's
 * {@code charset=}, else the page's {@code <meta charset>}, else UTF-8). Reads only the bytes and the
 * header it is given; the one place the project decides a page's charset.
 */
public final class PageBytes {

    private static final Logger LOG = LoggerFactory.getLogger(PageBytes.class);
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)");
    private static final Pattern HTML_START =
            Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b", Pattern.DOTALL);
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset=\"?([A-Za-z0-9_.:-]+)");

    private PageBytes() {}

    /** An HTML type, or a generic one (none, octet-stream, text/plain) whose start looks like HTML. */
    public static boolean looksLikeHtml(String contentType, byte[] body) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (!type.isEmpty() && !type.startsWith("application/octet-stream") && !type.startsWith("text/plain")) {
            return false;
        }
        String head =
                new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return HTML_START.matcher(head).find();
    }

    /** The page's charset: the header's, else the page's own {@code <meta>} one, else UTF-8. */
    public static Charset charset(String contentType, byte[] body) {
        Matcher m = CHARSET_PARAM.matcher(contentType);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher meta = META_CHARSET.matcher(head);
            name = meta.find() ? meta.group(1) : null;
        }
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                LOG.debug("Unknown charset {}, reading UTF-8", name);
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The page as text, decoded with {@link #charset}. */
    public static String decode(String contentType, byte[] body) {
        return new String(body, charset(contentType, body));
    }
}
