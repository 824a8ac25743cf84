package io.newsroute.ingest.sources;

import java.util.List;

/**
 * One RSS item or Atom entry, as {@link FeedParser} reads it.
 *
 * @param guid      RSS guid or Atom id, or {@code null}
 * @param link      the item's page (absolute), or {@code null}
 * @param title     title, or {@code ""}
 * @param summary   RSS description / Atom summary (may hold HTML), or {@code null}
 * @param content   content:encoded / Atom content (may hold HTML), or {@code null}
 * @param published pubDate / published / updated as given, or {@code null}
 * @param authors   author names
 */
public record FeedItem(
        String guid,
        String link,
        String title,
        String summary,
        String content,
        String published,
        List<String> authors) {

    public FeedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        title = title == null ? "" : title;
    }

    /** What identifies the item across polls: the guid, else the link, else the title. */
    public String key() {
        if (guid != null && !guid.isBlank()) {
            return guid.trim();
        }
        if (link != null && !link.isBlank()) {
            return link.trim();
        }
        return "title:" + title.trim();
    }
}
