package io.newsroute.enrich;

import io.newsroute.common.model.EnrichedArticle;

/**
 * What the enrich step made of one raw record: either the enriched article, or the untouched raw
 * bytes bound for the dead-letter topic (the reason travels in the record's headers).
 */
record EnrichOutcome(EnrichedArticle enriched, byte[] rejected) {

    static EnrichOutcome ok(EnrichedArticle e) {
        return new EnrichOutcome(e, null);
    }

    static EnrichOutcome rejected(byte[] raw) {
        return new EnrichOutcome(null, raw == null ? new byte[0] : raw);
    }

    boolean isOk() {
        return enriched != null;
    }
}
