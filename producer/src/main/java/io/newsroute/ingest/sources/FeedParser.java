package io.newsroute.ingest.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS 2.0 (also RSS 1.0/RDF) and Atom feeds into {@link FeedItem}s. Parsing is locked down:
 * secure processing on, no DOCTYPE at all (so no entity expansion, internal or external), no
 * external DTDs or schemas, no XInclude; a feed with a DOCTYPE is refused. Links are resolved
 * against the feed's URL. Thread-safe.
 */
public final class FeedParser {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    /** A parsed feed. */
    public record Feed(String title, List<FeedItem> items) {
        public Feed {
            items = List.copyOf(items);
        }
    }

    /** The document is not a feed, or not safe to read; the message says why. */
    public static final class FeedException extends Exception {
        public FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DocumentBuilderFactory factory;

    public FeedParser() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        factory.setValidating(false);
    }

    /** Parses the feed's bytes (the XML declaration decides the encoding); {@code base} resolves relative links. */
    public Feed parse(byte[] xml, URI base) throws FeedException {
        Document doc;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            doc = builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new FeedException("not a well-formed, safe feed: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new FeedException("cannot parse the feed: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        String rootName = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
        List<FeedItem> items = new ArrayList<>();
        String title;
        switch (rootName.toLowerCase(Locale.ROOT)) {
            case "feed" -> {
                title = text(child(root, "title"));
                for (Element entry : children(root, "entry")) {
                    items.add(atomEntry(entry, base));
                }
            }
            case "rss", "rdf" -> {
                Element channel = child(root, "channel");
                title = channel == null ? null : text(child(channel, "title"));
                NodeList all = root.getElementsByTagNameNS("*", "item");
                for (int i = 0; i < all.getLength(); i++) {
                    items.add(rssItem((Element) all.item(i), base));
                }
            }
            default -> throw new FeedException("not an RSS or Atom feed: root element <" + rootName + ">", null);
        }
        return new Feed(title, items);
    }

    private static FeedItem rssItem(Element item, URI base) {
        String link = text(child(item, "link"));
        String guid = text(child(item, "guid"));
        Element guidEl = child(item, "guid");
        if (link == null && guidEl != null && !"false".equalsIgnoreCase(guidEl.getAttribute("isPermaLink"))) {
            link = guid;
        }
        if (link == null) {
            link = item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
        }
        List<String> authors = new ArrayList<>();
        for (Element a : children(item, "author")) {
            addIfPresent(authors, text(a));
        }
        for (Element a : childrenNS(item, DC_NS, "creator")) {
            addIfPresent(authors, text(a));
        }
        String published = text(child(item, "pubDate"));
        if (published == null) {
            Element date = first(childrenNS(item, DC_NS, "date"));
            published = text(date);
        }
        return new FeedItem(
                guid,
                resolve(base, link),
                text(child(item, "title")),
                text(child(item, "description")),
                text(first(childrenNS(item, CONTENT_NS, "encoded"))),
                published,
                authors);
    }

    private static FeedItem atomEntry(Element entry, URI base) {
        String link = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = l.getAttribute("href");
                break;
            }
        }
        List<String> authors = new ArrayList<>();
        for (Element a : children(entry, "author")) {
            addIfPresent(authors, text(child(a, "name")));
        }
        String published = text(child(entry, "published"));
        if (published == null) {
            published = text(child(entry, "updated"));
        }
        return new FeedItem(
                text(child(entry, "id")),
                resolve(base, link),
                text(child(entry, "title")),
                text(child(entry, "summary")),
                text(child(entry, "content")),
                published,
                authors);
    }

    private static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI u = base == null ? URI.create(link.trim()) : base.resolve(link.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void addIfPresent(List<String> out, String s) {
        if (s != null && !out.contains(s)) {
            out.add(s);
        }
    }

    private static Element first(List<Element> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static Element child(Element parent, String localName) {
        return first(children(parent, localName));
    }

    /** Direct children with the local name in no namespace, RSS's own namespaces or Atom. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                String ns = e.getNamespaceURI();
                if (ns == null
                        || ns.equals(ATOM_NS)
                        || ns.startsWith("http://purl.org/rss/1.0") && !ns.equals(CONTENT_NS)
                        || ns.equals("http://backend.userland.com/rss2")) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static List<Element> childrenNS(Element parent, String ns, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
    }

    /** Turns every warning and error into a failure, and prints nothing. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
