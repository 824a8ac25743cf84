package io.newsroute.producer.generate;

import io.newsroute.common.model.Article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic synthetic news articles for load, fault and benchmark runs: a wire-style
 * dateline, one to four countries named by name, capital and adjective, and paragraphs of plausible
 * text on trade, diplomacy, energy, security and markets, to a target size. Deterministic for a
 * given seed; never uses any real corpus.
 */
public final class ArticleGenerator {

    /** A country the generator can write about. */
    record Place(String code, String name, String capital, String adjective) {
    }

    static final List<Place> PLACES = List.of(
            new Place("JP", "Japan", "Tokyo", "Japanese"),
            new Place("LA", "Laos", "Vientiane", "Lao"),
            new Place("FR", "France", "Paris", "French"),
            new Place("DE", "Germany", "Berlin", "German"),
            new Place("BR", "Brazil", "Brasilia", "Brazilian"),
            new Place("IN", "India", "New Delhi", "Indian"),
            new Place("KE", "Kenya", "Nairobi", "Kenyan"),
            new Place("CA", "Canada", "Ottawa", "Canadian"),
            new Place("AU", "Australia", "Canberra", "Australian"),
            new Place("EG", "Egypt", "Cairo", "Egyptian"),
            new Place("MX", "Mexico", "Mexico City", "Mexican"),
            new Place("ID", "Indonesia", "Jakarta", "Indonesian"),
            new Place("VN", "Vietnam", "Hanoi", "Vietnamese"),
            new Place("NG", "Nigeria", "Abuja", "Nigerian"),
            new Place("AR", "Argentina", "Buenos Aires", "Argentine"),
            new Place("SE", "Sweden", "Stockholm", "Swedish"),
            new Place("PL", "Poland", "Warsaw", "Polish"),
            new Place("TH", "Thailand", "Bangkok", "Thai"),
            new Place("ZA", "South Africa", "Pretoria", "South African"),
            new Place("TR", "Turkey", "Ankara", "Turkish"),
            new Place("KR", "South Korea", "Seoul", "South Korean"),
            new Place("ES", "Spain", "Madrid", "Spanish"),
            new Place("IT", "Italy", "Rome", "Italian"),
            new Place("NO", "Norway", "Oslo", "Norwegian"),
            new Place("PE", "Peru", "Lima", "Peruvian"),
            new Place("PH", "Philippines", "Manila", "Philippine"),
            new Place("MA", "Morocco", "Rabat", "Moroccan"),
            new Place("CL", "Chile", "Santiago", "Chilean"));

    private static final String[] TOPICS = {
        "a trade agreement that would cut tariffs on farm goods and machinery",
        "a loan package to build roads, ports and a new power plant",
        "closer cooperation on border security and counter-terrorism",
        "a joint plan to expand solar and wind power before the end of the decade",
        "direct flights between the two capitals and an air services agreement",
        "scholarships for students and training programmes for teachers",
        "talks on fishing rights and a long-running maritime dispute",
        "efforts to contain an outbreak of dengue fever in the border provinces"};

    private static final String[] PARAGRAPHS = {
        "Officials from %s and %s met for two days of talks on %s, according to a statement released after the meeting.",
        "The %s foreign minister told reporters that the negotiations had been difficult but constructive, and that both sides hoped to sign a final text within months.",
        "Analysts said the deal could lift exports by several billion dollars a year, although business groups in %s warned that smaller firms would struggle to compete.",
        "The central bank in %s kept interest rates unchanged on Wednesday, citing uncertainty over fuel prices and a weaker currency.",
        "Opposition lawmakers in %s criticised the government for moving too slowly and called for a parliamentary debate before any agreement is ratified.",
        "Shares of the largest exporters rose on the news, while bond yields were little changed in thin trading.",
        "Aid agencies said the talks should also address the needs of families displaced by last year's floods, many of whom still live in temporary shelters.",
        "A spokesman for the %s government said the president would travel to %s next month to continue the discussions.",
        "Diplomats said the meeting was part of a wider push by %s to diversify its partners and reduce its dependence on a single market.",
        "Farmers' unions welcomed the plan but said that rules on food safety and inspections needed to be clearer."};

    private final Random random;
    private final int targetBytes;
    private final LocalDate baseDate = LocalDate.of(2026, 3, 1);

    /**
     * @param seed        the random seed (same seed, same articles)
     * @param targetBytes approximate body size in bytes, e.g. 4000
     */
    public ArticleGenerator(long seed, int targetBytes) {
        this.random = new Random(seed);
        this.targetBytes = Math.max(200, targetBytes);
    }

    /** The next article, with id {@code prefix-n}. */
    public Article next(String id) {
        int n = 1 + random.nextInt(4);
        Set<Place> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(PLACES.get(random.nextInt(PLACES.size())));
        }
        List<Place> places = new ArrayList<>(chosen);
        Place home = places.get(0);
        Place other = places.size() > 1 ? places.get(1) : home;
        LocalDate date = baseDate.plusDays(random.nextInt(300));
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String dateline = home.capital().toUpperCase(Locale.ROOT) + ", "
                + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth() + " - ";
        StringBuilder body = new StringBuilder(targetBytes + 400);
        body.append(dateline).append(String.format(Locale.ROOT, PARAGRAPHS[0], home.name(), other.name(), topic));
        int i = 0;
        while (body.length() < targetBytes) {
            Place p = places.get(i % places.size());
            Place q = places.get((i + 1) % places.size());
            String para = PARAGRAPHS[1 + random.nextInt(PARAGRAPHS.length - 1)];
            body.append("\n\n").append(String.format(Locale.ROOT, para, argsFor(para, p, q)));
            i++;
        }
        String title = home.name() + " and " + other.name() + " hold talks on " + topic.split(" ")[1] + " "
                + topic.split(" ")[2];
        return new Article(id, null, "newsroute-generator", title, null, List.of("Newsroute Generator"),
                date.toString(), "en", body.toString(), Instant.EPOCH);
    }

    private static Object[] argsFor(String para, Place p, Place q) {
        int count = para.split("%s", -1).length - 1;
        Object[] args = new Object[count];
        for (int k = 0; k < count; k++) {
            if (k == 0 && para.startsWith("The %s")) {
                args[k] = p.adjective();
            } else {
                args[k] = k % 2 == 0 ? p.name() : q.name();
            }
        }
        return args;
    }
}
