package io.newsroute.tagger.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.CountryTag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared tagger used from several threads gives the same answers as from one. */
class ConcurrencyTest {

    private static final String[][] ARTICLES = {
        {"Laos and Japan sign accord", "VIENTIANE, March 6 - Laos and Japan signed an aid accord; China watched."},
        {"ACME CORP NET", "GREENWICH, Conn., March 2 - Acme Corp said profit rose."},
        {"Floods", "Heavy rain hit Peru and Bolivia, officials in Lima said."},
    };

    @Test
    void shouldGiveTheSameResultsFromManyThreads() throws Exception {
        CountryTagger tagger = CountryTagger.standard();
        List<List<CountryTag>> expected = new ArrayList<>();
        for (String[] a : ARTICLES) {
            expected.add(tagger.tag(a[0], null, a[1]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        int i = round % ARTICLES.length;
                        if (!tagger.tag(ARTICLES[i][0], null, ARTICLES[i][1]).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
