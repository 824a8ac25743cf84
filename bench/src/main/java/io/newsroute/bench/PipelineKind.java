package io.newsroute.bench;

import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.common.config.Topics;
import io.newsroute.common.model.Article;
import io.newsroute.common.model.CountryTag;
import io.newsroute.common.model.EnrichedArticle;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.tagger.ArticleTagger;
import io.newsroute.tagger.Taggers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.Topology;

/**
 * The two pipelines compared: the no-op ceiling of the same shape ({@link FixedRoutingEnricher}, two
 * country topics per article) and the real one ({@code EnrichTopology.build(config)}, the standard
 * tagger). Each also says where an article will be routed, so a run knows how many country records to
 * wait for and which topics to create up front.
 */
public enum PipelineKind {
    NOOP {
        private final FixedRoutingEnricher enricher = new FixedRoutingEnricher();

        @Override
        Topology topology(NewsrouteConfig config) {
            return EnrichTopology.build(config, enricher);
        }

        @Override
        List<String> countryTopics(Article article, Topics topics) {
            return enricher.codesOf(article.id()).stream()
                    .map(c -> topics.countryTopic(c).orElseThrow())
                    .toList();
        }
    },
    REAL {
        private ArticleTagger tagger;

        @Override
        Topology topology(NewsrouteConfig config) {
            return EnrichTopology.build(config);
        }

        @Override
        synchronized List<String> countryTopics(Article article, Topics topics) {
            if (tagger == null) {
                tagger = Taggers.fromConfig(NewsrouteConfig.defaults());
            }
            return topicsOf(tagger.enrich(article).countries(), topics);
        }
    },
    /**
     * Diagnostic: the real pipeline with the tagger's stream-thread CPU measured per article
     * ({@link TaggerCpuMeter}); the figure goes into the run's results.
     */
    TIMED {
        private volatile TaggerCpuMeter meter;

        @Override
        Topology topology(NewsrouteConfig config) {
            meter = new TaggerCpuMeter(Taggers.fromConfig(config));
            return EnrichTopology.build(config, meter);
        }

        @Override
        List<String> countryTopics(Article article, Topics topics) {
            return REAL.countryTopics(article, topics);
        }

        @Override
        double taggerCpuMicros() {
            TaggerCpuMeter m = meter;
            return m == null ? Double.NaN : m.microsPerArticle();
        }
    },
    /**
     * Diagnostic: the real pipeline's output (the very tags, mentions and themes the standard tagger gives,
     * computed before the run) replayed by a lookup, so the records have the real size but no tagging
     * happens. real vs replay is the tagger's cost; replay vs noop is the cost of the bigger records.
     */
    REPLAY {
        private final Map<String, EnrichedArticle> tagged = new ConcurrentHashMap<>();
        private ArticleTagger tagger;

        @Override
        Topology topology(NewsrouteConfig config) {
            return EnrichTopology.build(config, a -> {
                var e = tagged.get(a.id());
                return e != null ? e : tagger.enrich(a);
            });
        }

        @Override
        synchronized List<String> countryTopics(Article article, Topics topics) {
            if (tagger == null) {
                tagger = Taggers.fromConfig(NewsrouteConfig.defaults());
            }
            return topicsOf(
                    tagged.computeIfAbsent(article.id(), id -> tagger.enrich(article))
                            .countries(),
                    topics);
        }
    };

    /** The enrichment topology of this pipeline. */
    abstract Topology topology(NewsrouteConfig config);

    /** The country topics the router will write this article to (the same logic as the pipeline's). */
    abstract List<String> countryTopics(Article article, Topics topics);

    /** Stream-thread CPU per tagged article in the last run, where measured (TIMED); NaN otherwise. */
    double taggerCpuMicros() {
        return Double.NaN;
    }

    /** The country topics of these tags, as the router names them (invalid codes left out). */
    private static List<String> topicsOf(List<CountryTag> countries, Topics topics) {
        Set<String> out = new LinkedHashSet<>();
        for (CountryTag c : countries) {
            topics.countryTopic(c.code()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** Lower-case name for tables and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
