package io.newsroute.ingest.generate;

import io.newsroute.common.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic synthetic news articles for load, fault and benchmark runs: a wire-style
 * dateline, one to four countries named by name, capital and adjective, and paragraphs of plausible
 * text on one subject (trade, infrastructure, security, energy, air links, education, a maritime
 * dispute or an epidemic) with some diplomatic context, to a target size. Deterministic for a
 * given seed; never uses any real corpus.
 */
public final class ArticleGenerator {

    /** A country the generator can write about. */
    record Place(String code, String name, String capital, String adjective) {}

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

    /**
     * What an article is about: the phrase for the opening paragraph, two words for the headline, and
     * paragraphs on that subject. An article stays on its subject, as a real story does, with some
     * paragraphs of general diplomatic and political context ({@link #CONTEXT}).
     */
    record Topic(String phrase, String headline, List<String> paragraphs) {}

    static final List<Topic> TOPICS = List.of(
            new Topic(
                    "a trade agreement that would cut tariffs on farm goods and machinery",
                    "trade deal",
                    List.of(
                            "Analysts said the deal could lift exports by %d billion dollars a year, although business groups in %s warned that smaller firms would struggle to compete.",
                            "Under the draft, tariffs on machinery would fall to zero over %d years, while quotas for rice and sugar would be phased out more slowly.",
                            "Exporters of coffee and textiles in %s stand to gain most, according to a study by the chamber of commerce.",
                            "Negotiators still disagree over rules of origin and over how disputes between investors and the state should be settled.",
                            "Trade between the two countries reached %d billion dollars last year, up sharply from a decade ago.",
                            "Customs officials are expected to adopt a single electronic system so that goods can clear the border within hours.")),
            new Topic(
                    "a loan package to build roads, ports and a new power plant",
                    "infrastructure loans",
                    List.of(
                            "The package includes concessional loans worth %d million dollars, repayable over thirty years with a grace period.",
                            "Engineers said the new highway would cut the journey from the port to the capital of %s from two days to a few hours.",
                            "Critics warned that the projects could add to the public debt of %s, which already stands at more than half of economic output.",
                            "The power plant is expected to supply electricity to about %d thousand households when it opens.",
                            "Local contractors will carry out part of the construction work, and the development agency will train engineers to maintain the roads.",
                            "Officials said the port expansion would double container capacity and attract investment from logistics companies.")),
            new Topic(
                    "closer cooperation on border security and counter-terrorism",
                    "security cooperation",
                    List.of(
                            "Police and intelligence services will share information on suspected militants and on the smuggling of weapons across the border.",
                            "The agreement follows a series of attacks in the border region of %s that killed %d people last year.",
                            "The defence ministers also discussed joint military exercises and the training of special forces units.",
                            "Human rights groups urged both governments to respect the rule of law and to avoid arbitrary detention of suspects.",
                            "Troops from %s will help clear unexploded ordnance left over from past conflicts along the frontier.",
                            "Officials said a joint centre would monitor cyber attacks on power grids, banks and government networks.")),
            new Topic(
                    "a joint plan to expand solar and wind power before the end of the decade",
                    "renewable energy",
                    List.of(
                            "The plan aims to add %d gigawatts of solar and wind capacity and to close the oldest coal-fired power stations.",
                            "Environmental groups welcomed the pledge but said emissions of greenhouse gases would still rise without stricter rules.",
                            "Energy companies in %s will receive tax credits for investments in storage batteries and grid connections.",
                            "Rising temperatures and repeated droughts have made climate change a central issue for voters in %s.",
                            "Electricity prices for households have risen by %d percent this year, adding pressure on the government to act.",
                            "A pilot project will produce green hydrogen for steel plants and fertiliser factories.")),
            new Topic(
                    "direct flights between the two capitals and an air services agreement",
                    "direct flights",
                    List.of(
                            "The national airline of %s plans to start %d direct flights a week between the two capitals from next spring.",
                            "Tourism operators expect the route to bring more visitors to beaches, temples and national parks.",
                            "The air services agreement also allows cargo flights, which exporters of fresh fruit and flowers have long requested.",
                            "Airport authorities said the terminal would be expanded to handle more passengers and faster immigration checks.",
                            "Visitors from %s will be able to apply for an electronic visa, officials said.",
                            "Hotel bookings in the capital rose by %d percent after the announcement, according to the tourism board.")),
            new Topic(
                    "scholarships for students and training programmes for teachers",
                    "education exchanges",
                    List.of(
                            "Each year %d students from %s will receive scholarships to study engineering, medicine and agriculture.",
                            "The programme will also train teachers in mathematics and science and supply equipment to rural schools.",
                            "University leaders said exchanges of researchers would help both countries build skills in technology.",
                            "Enrolment in secondary schools in %s has risen, but many classrooms still lack books and qualified staff.",
                            "Vocational colleges will offer courses in nursing, electrical work and tourism, with places for young women.",
                            "The education ministry said graduates would be encouraged to return home to work in public services.")),
            new Topic(
                    "talks on fishing rights and a long-running maritime dispute",
                    "maritime dispute",
                    List.of(
                            "Both sides claim a group of small islands and the rich fishing grounds that surround them.",
                            "Coast guard vessels from %s have detained %d fishing boats in the disputed waters since January.",
                            "The two governments agreed to set up a hotline so that incidents at sea do not escalate.",
                            "Lawyers for %s said the country was ready to take the territorial dispute to an international court.",
                            "Fishermen complain that patrols and falling catches have cut their incomes by half.",
                            "Diplomats said a provisional arrangement on joint fishing zones could be signed before the end of the year.")),
            new Topic(
                    "efforts to contain an outbreak of dengue fever in the border provinces",
                    "dengue outbreak",
                    List.of(
                            "Health officials in %s reported %d new cases of dengue fever in the past week, most of them children.",
                            "Hospitals in the border provinces are short of beds, and doctors have been sent from the capital to help.",
                            "The health ministry launched a campaign to spray insecticide and remove standing water where mosquitoes breed.",
                            "The World Health Organization said a vaccine could be made available to the worst affected districts.",
                            "Nurses said patients were arriving with high fever and severe headaches after heavy rains flooded villages in %s.",
                            "Both countries agreed to share data on infections and to train community health workers.")));

    /** General paragraphs any story can carry: diplomacy, politics and reactions. */
    private static final List<String> CONTEXT = List.of(
            "The %s foreign minister told reporters that the negotiations had been difficult but constructive, and that both sides hoped to sign a final text within %d months.",
            "Opposition lawmakers in %s criticised the government for moving too slowly and called for a parliamentary debate before any agreement is ratified.",
            "A spokesman for the %s government said the president would travel to %s next month to continue the discussions.",
            "Diplomats said the meeting was part of a wider push by %s to diversify its partners and reduce its dependence on a single market.",
            "The two countries have held %d rounds of talks since they restored full diplomatic relations.");

    private static final String OPENING =
            "Officials from %s and %s met for two days of talks on %s, according to a statement released after the meeting.";

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
        Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
        String dateline = home.capital().toUpperCase(Locale.ROOT) + ", "
                + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth() + " - ";
        StringBuilder body = new StringBuilder(targetBytes + 400);
        body.append(dateline).append(String.format(Locale.ROOT, OPENING, home.name(), other.name(), topic.phrase()));
        // paragraphs on the subject, a few of context, in a random order; every one used before any repeats
        List<String> deck = new ArrayList<>();
        int i = 0;
        while (body.length() < targetBytes) {
            if (deck.isEmpty()) {
                deck.addAll(topic.paragraphs());
                deck.addAll(CONTEXT.subList(0, 2 + random.nextInt(CONTEXT.size() - 1)));
                Collections.shuffle(deck, random);
            }
            Place p = places.get(i % places.size());
            Place q = places.get((i + 1) % places.size());
            String para = deck.remove(deck.size() - 1);
            body.append("\n\n").append(String.format(Locale.ROOT, para, argsFor(para, p, q, random)));
            i++;
        }
        String title = home.name() + " and " + other.name() + " hold talks on " + topic.headline();
        return new Article(
                id,
                null,
                "newsroute-generator",
                title,
                null,
                List.of("Newsroute Generator"),
                date.toString(),
                "en",
                body.toString(),
                Instant.EPOCH);
    }

    /** Fills a paragraph's slots: %s with the places (an adjective after "The"), %d with a number. */
    private static Object[] argsFor(String para, Place p, Place q, Random random) {
        List<Object> args = new ArrayList<>();
        int names = 0;
        for (int at = para.indexOf('%'); at >= 0; at = para.indexOf('%', at + 2)) {
            if (para.charAt(at + 1) == 'd') {
                args.add(2 + random.nextInt(98));
            } else if (at == 4 && para.startsWith("The %s")) {
                args.add(p.adjective());
                names++;
            } else {
                args.add(names++ % 2 == 0 ? p.name() : q.name());
            }
        }
        return args.toArray();
    }
}
