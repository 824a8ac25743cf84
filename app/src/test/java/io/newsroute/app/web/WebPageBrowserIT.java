package io.newsroute.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroute.app.TestBroker;
import io.newsroute.common.config.NewsrouteConfig;
import io.newsroute.enrich.EnrichTopology;
import io.newsroute.extract.ArticleFiles;
import io.newsroute.extract.LoadResult;
import io.newsroute.ingest.ArticlePublisher;
import io.newsroute.ingest.ProducerClients;
import io.newsroute.pipeline.ArrivalWatcher;
import io.newsroute.pipeline.PipelineServices;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The page in a real browser (Debian's Chromium, headless) against a running pipeline on the seed
 * articles: Laos and Japan appear shaded on the map and in the live feed, and no JavaScript error is
 * logged. Saves a screenshot in {@code target/screenshots/web-view.png}. Skipped without Chromium,
 * except on CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
class WebPageBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String STATE = "(() => {"
            + " const shaded = (c) => { const p = document.querySelector('#map path[data-code=\"' + c + '\"]');"
            + "   return !!p && Number(p.dataset.count) > 0 && p.style.fill !== ''; };"
            + " const inFeed = (c) => [...document.querySelectorAll('#feed li')].some(li => li.dataset.countries.split(',').includes(c));"
            + " return { ready: !!document.body && document.body.dataset.ready === 'true', mapLA: shaded('LA'), mapJP: shaded('JP'),"
            + "   feedLA: inFeed('LA'), feedJP: inFeed('JP'), chart: !!document.querySelector('#chart canvas'),"
            + "   latest: document.querySelectorAll('#latest li[data-id]').length,"
            + "   marks: document.querySelectorAll('#latest mark').length }; })()";

    @Test
    void shouldShowTheSeedCountriesOnTheMapAndInTheFeedWithoutJavaScriptErrors() throws Exception {
        Path chromium = HeadlessChromium.binary();
        if (chromium == null) {
            assertThat(System.getenv("CI"))
                    .as("Chromium must be installed on CI (.ci/run installs it)")
                    .isNotEqualTo("true");
            Assumptions.abort("no chromium on the PATH: apt-get install -y chromium");
        }
        NewsrouteConfig config = TestBroker.isolatedConfig("b")
                .with(Map.of(NewsrouteConfig.TRENDS_APPLICATION_ID, "it-trends-browser-" + System.nanoTime()));
        LoadResult seeds = new ArticleFiles(Clock.systemUTC()).load(List.of(Path.of("../seeds")));
        Observability.prometheus();

        try (PipelineServices services = PipelineServices.start(config, EnrichTopology.build(config), TIMEOUT);
                ArrivalWatcher watcher = ArrivalWatcher.create(config);
                ArticlePublisher publisher = ProducerClients.publisher(config)) {
            watcher.awaitArrival(publisher.publishAll(seeds.articles()).publishedIds(), TIMEOUT);
            try (WebProcess web = WebProcess.start(config, new InetSocketAddress("127.0.0.1", 0))
                            .awaitRunning(TIMEOUT);
                    HeadlessChromium browser = HeadlessChromium.launch(chromium, 1440, 1000)) {
                browser.navigate("http://127.0.0.1:" + web.port() + "/");
                JsonNode state = waitFor(
                        browser,
                        s -> s.path("ready").asBoolean()
                                && s.path("mapLA").asBoolean()
                                && s.path("mapJP").asBoolean()
                                && s.path("feedLA").asBoolean()
                                && s.path("feedJP").asBoolean()
                                && s.path("chart").asBoolean()
                                && s.path("latest").asInt() > 0);
                browser.screenshot(Path.of("target/screenshots/web-view.png"));
                assertThat(state.path("marks").asInt())
                        .as("evidence highlighted in the latest articles")
                        .isPositive();
                assertThat(browser.errors()).as("JavaScript errors").isEmpty();
            }
        }
    }

    private static JsonNode waitFor(HeadlessChromium browser, java.util.function.Predicate<JsonNode> done)
            throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = browser.evaluate(STATE);
            if (done.test(last)) {
                return last;
            }
            assertThat(browser.errors()).as("JavaScript errors").isEmpty();
            browser.evaluate("new Promise(r => setTimeout(r, 250))"); // wait in the page, not in the test thread
        }
        throw new AssertionError("the page did not show LA and JP on the map and in the feed within " + TIMEOUT
                + "; last state " + last + "; errors " + browser.errors());
    }
}
