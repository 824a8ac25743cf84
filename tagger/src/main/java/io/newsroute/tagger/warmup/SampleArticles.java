package io.newsroute.tagger.warmup;

import io.newsroute.common.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic news articles in the ten languages the tagger supports (en, fr, es, de, pt, it, ru, ar,
 * zh, ja), for the tagger's warm-up at a service's start ({@link TaggerWarmUp}) and the mixed-language
 * benchmark: each article is a headline and sentences of its
 * language, written for Newsroute (never eval data), shuffled and repeated up to a target size,
 * naming two or three countries and a capital in that language. The language field is left empty, so
 * the tagger identifies it. Deterministic for a seed.
 */
public final class SampleArticles {

    /** Per language: country names, then capitals, then sentences with {A}, {B} (countries) and {C} (a capital). */
    private static final Map<String, String[][]> TEXT = Map.of(
            "en",
                    new String[][] {
                        {"Japan", "Germany", "Brazil", "Egypt"},
                        {"Tokyo", "Berlin", "Cairo"},
                        {
                            "Ministers of {A} and {B} met in {C} on Monday to discuss trade and energy.",
                            "The government of {A} said the agreement would cut tariffs on cars and steel.",
                            "Officials in {C} expect the talks to continue for several weeks.",
                            "Exports from {B} rose by four percent in the first quarter, the central bank said.",
                            "The opposition in {A} criticised the plan and called for a vote in parliament.",
                            "Analysts said the deal could help both economies recover from a slow year."
                        }
                    },
            "fr",
                    new String[][] {
                        {"Japon", "Allemagne", "Brésil", "Égypte"},
                        {"Tokyo", "Berlin", "Le Caire"},
                        {
                            "Les ministres du {A} et de l'{B} se sont réunis lundi à {C} pour parler de commerce et d'énergie.",
                            "Le gouvernement a déclaré que l'accord réduirait les droits de douane sur les voitures et l'acier.",
                            "Selon des responsables à {C}, les négociations devraient se poursuivre pendant plusieurs semaines.",
                            "Les exportations ont augmenté de quatre pour cent au premier trimestre, selon la banque centrale.",
                            "L'opposition a critiqué le projet et demandé un vote au parlement.",
                            "Pour les analystes, l'accord pourrait aider les deux économies à se redresser."
                        }
                    },
            "es",
                    new String[][] {
                        {"Japón", "Alemania", "Brasil", "Egipto"},
                        {"Tokio", "Berlín", "El Cairo"},
                        {
                            "Los ministros de {A} y {B} se reunieron el lunes en {C} para hablar de comercio y energía.",
                            "El Gobierno dijo que el acuerdo reducirá los aranceles sobre los coches y el acero.",
                            "Según funcionarios en {C}, las conversaciones continuarán durante varias semanas.",
                            "Las exportaciones de {B} subieron un cuatro por ciento en el primer trimestre, según el banco central.",
                            "La oposición criticó el plan y pidió una votación en el parlamento.",
                            "Los analistas dijeron que el acuerdo podría ayudar a las dos economías a recuperarse."
                        }
                    },
            "de",
                    new String[][] {
                        {"Japan", "Deutschland", "Brasilien", "Ägypten"},
                        {"Tokio", "Berlin", "Kairo"},
                        {
                            "Die Minister von {A} und {B} trafen sich am Montag in {C}, um über Handel und Energie zu sprechen.",
                            "Die Regierung sagte, das Abkommen werde die Zölle auf Autos und Stahl senken.",
                            "Nach Angaben aus {C} sollen die Gespräche noch mehrere Wochen dauern.",
                            "Die Exporte stiegen im ersten Quartal um vier Prozent, teilte die Zentralbank mit.",
                            "Die Opposition kritisierte den Plan und forderte eine Abstimmung im Parlament.",
                            "Analysten sagten, das Abkommen könne beiden Volkswirtschaften helfen."
                        }
                    },
            "pt",
                    new String[][] {
                        {"Japão", "Alemanha", "Brasil", "Egito"},
                        {"Tóquio", "Berlim", "Cairo"},
                        {
                            "Os ministros do {A} e da {B} reuniram-se na segunda-feira em {C} para discutir comércio e energia.",
                            "O governo disse que o acordo vai reduzir as tarifas sobre os carros e o aço.",
                            "Segundo autoridades em {C}, as negociações devem continuar por várias semanas.",
                            "As exportações subiram quatro por cento no primeiro trimestre, disse o banco central.",
                            "A oposição criticou o plano e pediu uma votação no parlamento.",
                            "Os analistas disseram que o acordo pode ajudar as duas economias a recuperar."
                        }
                    },
            "it",
                    new String[][] {
                        {"Giappone", "Germania", "Brasile", "Egitto"},
                        {"Tokyo", "Berlino", "Il Cairo"},
                        {
                            "I ministri del {A} e della {B} si sono incontrati lunedì a {C} per parlare di commercio ed energia.",
                            "Il governo ha detto che l'accordo ridurrà i dazi sulle auto e sull'acciaio.",
                            "Secondo funzionari a {C}, i colloqui dovrebbero continuare per diverse settimane.",
                            "Le esportazioni sono aumentate del quattro per cento nel primo trimestre, secondo la banca centrale.",
                            "L'opposizione ha criticato il piano e ha chiesto un voto in parlamento.",
                            "Gli analisti hanno detto che l'accordo potrebbe aiutare le due economie."
                        }
                    },
            "ru",
                    new String[][] {
                        {"Япония", "Германия", "Бразилия", "Египет"},
                        {"Токио", "Берлин", "Каир"},
                        {
                            "Министры стран {A} и {B} встретились в понедельник в городе {C}, чтобы обсудить торговлю и энергетику.",
                            "Правительство заявило, что соглашение снизит пошлины на автомобили и сталь.",
                            "По словам чиновников в городе {C}, переговоры продлятся несколько недель.",
                            "Экспорт вырос на четыре процента в первом квартале, сообщил центральный банк.",
                            "Оппозиция раскритиковала план и потребовала голосования в парламенте.",
                            "Аналитики считают, что соглашение поможет обеим экономикам."
                        }
                    },
            "ar",
                    new String[][] {
                        {"اليابان", "ألمانيا", "البرازيل", "مصر"},
                        {"طوكيو", "برلين", "القاهرة"},
                        {
                            "التقى وزراء {A} و{B} يوم الاثنين في {C} لبحث التجارة والطاقة.",
                            "وقالت الحكومة إن الاتفاق سيخفض الرسوم الجمركية على السيارات والصلب.",
                            "ويتوقع مسؤولون في {C} أن تستمر المحادثات عدة أسابيع.",
                            "وارتفعت الصادرات بنسبة أربعة في المئة في الربع الأول بحسب البنك المركزي.",
                            "وانتقدت المعارضة الخطة وطالبت بتصويت في البرلمان.",
                            "وقال محللون إن الاتفاق قد يساعد الاقتصادين على التعافي."
                        }
                    },
            "zh",
                    new String[][] {
                        {"日本", "德国", "巴西", "埃及"},
                        {"东京", "柏林", "开罗"},
                        {
                            "{A}和{B}的部长周一在{C}会面，讨论贸易和能源问题。",
                            "政府表示，该协议将降低汽车和钢铁的关税。",
                            "{C}的官员预计谈判将持续数周。",
                            "央行表示，第一季度出口增长了百分之四。",
                            "反对派批评了该计划，并要求在议会进行表决。",
                            "分析人士说，该协议可能有助于两国经济复苏。"
                        }
                    },
            "ja",
                    new String[][] {
                        {"日本", "ドイツ", "ブラジル", "エジプト"},
                        {"東京", "ベルリン", "カイロ"},
                        {
                            "{A}と{B}の閣僚は月曜日、{C}で会談し、貿易とエネルギーについて協議した。",
                            "政府は、この協定により自動車と鉄鋼の関税が引き下げられると述べた。",
                            "{C}の当局者は、協議が数週間続くと見ている。",
                            "中央銀行によると、第1四半期の輸出は4%増加した。",
                            "野党は計画を批判し、国会での採決を求めた。",
                            "アナリストは、協定が両国経済の回復を助ける可能性があると述べた。"
                        }
                    });

    /** The language codes, in the order articles cycle through them. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "pt", "it", "ru", "ar", "zh", "ja");

    private SampleArticles() {}

    /** {@code size} articles of about {@code targetChars} characters each, the languages in turn. */
    public static List<Article> generate(int size, int targetChars, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String lang = LANGUAGES.get(i % LANGUAGES.size());
            String[][] t = TEXT.get(lang);
            String a = t[0][random.nextInt(t[0].length)];
            String b = t[0][random.nextInt(t[0].length)];
            String c = t[1][random.nextInt(t[1].length)];
            String[] sentences = t[2];
            String title = fill(sentences[0], a, b, c);
            StringBuilder body = new StringBuilder();
            while (body.length() < targetChars) {
                body.append(fill(sentences[random.nextInt(sentences.length)], a, b, c))
                        .append(body.length() % 3 == 0 ? "\n\n" : " ");
            }
            out.add(new Article(
                    "sample-" + seed + "-" + i,
                    null,
                    "newsroute-sample",
                    title.length() > 90 ? title.substring(0, 90) : title,
                    null,
                    List.of(),
                    null,
                    null,
                    body.toString().strip(),
                    Instant.EPOCH));
        }
        return out;
    }

    private static String fill(String s, String a, String b, String c) {
        return s.replace("{A}", a).replace("{B}", b).replace("{C}", c);
    }
}
