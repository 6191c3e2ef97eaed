package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.claims.Claim;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule family on a small sentence of its own, and the cues for modality and attribution.
 * A claim is written here as "kind role=keys ... modality", roles in alphabetical order.
 */
class RulesTest {

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ReferenceData.read(Path.of("data/reference.yaml")));
    }

    static Set<String> claims(String text) {
        Set<String> out = new TreeSet<>();
        for (Claim c : extractor.extract(text, PartialDate.parse("2023-05")).claims()) {
            for (var e : c.evidence()) {
                assertTrue(text.contains(e.quote()), "evidence is a quote of the text: " + e.quote());
            }
            String modality = c.modality().name().toLowerCase();
            if (c.content() instanceof Claim.RelationContent r) {
                out.add(r.relation() + " " + r.subject() + " " + r.object() + " " + modality);
            } else if (c.content() instanceof Claim.EventContent e) {
                StringBuilder s = new StringBuilder(e.event().type().name());
                new TreeSet<>(e.event().roles().keySet().stream().map(k -> k.field() + "=" + e.event().roles().get(k)).toList())
                        .forEach(r -> s.append(' ').append(r.replace(" ", "")));
                out.add(s + " " + modality);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The QUAD, which includes Australia, India and Japan, met again.   | memberOf australia quad factual; memberOf india quad factual; memberOf japan quad factual
            The Five Eyes (US, UK and Canada) could grow.                    | memberOf canada five-eyes factual; memberOf united-kingdom five-eyes factual; memberOf united-states five-eyes factual
            AUKUS, which consists of Australia and the United Kingdom, is new. | memberOf australia aukus factual; memberOf united-kingdom aukus factual
            NATO opened a dialogue with Pacific partners, which include Japan and Australia. | Cooperation participants=[nato,japan,australia] factual; partnerOf australia nato factual; partnerOf japan nato factual
            It relies on the United States and its allies in the region: Japan and Thailand. | allyOf united-states japan factual; allyOf united-states thailand factual
            The radars of non-allied South Korea and Japan differ.           | allyOf south-korea japan negated
            South Korea is not a member of AUKUS, but India is a member of the Quad. | memberOf india quad factual; memberOf south-korea aukus negated
            Australia and the UK say Japan could join the second pillar of AUKUS. | memberOf japan aukus hypothetical
            US allies Japan and South Korea agreed.                          | -
            Japan and South Korea are not allies.                            | allyOf japan south-korea negated
            """)
    void memberships(String sentence, String expected) {
        assertEquals(expected.equals("-") ? Set.of() : Set.of(expected.split("; ")), claims(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japanese Prime Minister Fumio Kishida spoke.      | headOfGovernmentOf fumio-kishida japan factual
            South Korean President Yoon Suk Yeol spoke.       | headOfStateOf yoon-suk-yeol south-korea factual
            NATO Secretary General Jens Stoltenberg spoke.    | leaderOf jens-stoltenberg nato factual
            President Joe Biden spoke.                        | -
            """)
    void leadersAndOffices(String sentence, String expected) {
        assertEquals(expected.equals("-") ? Set.of() : Set.of(expected.split("; ")), claims(sentence));
    }

    @Test
    void aTitleAloneTakesTheOfficeTheArticleGaveElsewhere() {
        assertEquals(Set.of("headOfStateOf yoon-suk-yeol south-korea factual"),
                claims("South Korean President Yoon Suk Yeol spoke. Later, President Yoon Seok-yeol left."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japanese Prime Minister Fumio Kishida paid an official visit to South Korea. | Visit agent=[fumio-kishida] destination=[south-korea] participants=[japan] factual; headOfGovernmentOf fumio-kishida japan factual
            Jens Stoltenberg visited Seoul and Tokyo.              | Visit agent=[jens-stoltenberg] destination=[japan,tokyo] factual; Visit agent=[jens-stoltenberg] destination=[south-korea,seoul] factual
            The NATO summit in Madrid was long.                    | Meeting location=[madrid] participants=[nato] factual
            Japan and India held the first session of the Economic Security Dialogue. | Meeting participants=[japan,india] factual; memberOf india economic-security-dialogue factual; memberOf japan economic-security-dialogue factual
            Anti-submarine exercises were held by the United States and Japan. | MilitaryExercise participants=[united-states,japan] factual
            South Korea and Japan deployed naval exercises in the Sea of Japan. | MilitaryExercise location=[sea-of-japan] participants=[south-korea,japan] factual
            Japan imposed restrictions on exports of photoresist to South Korea. | TradeRestriction agent=[japan] concerns=[photoresist] target=[south-korea] factual
            Beijing could impose sanctions on India.               | TradeRestriction agent=[china] target=[india] hypothetical
            Seoul filed a complaint with the WTO about the restrictions imposed by Japan. | LegalAction agent=[south-korea] forum=[wto] target=[japan] factual
            The Washington Declaration was signed by the United States and South Korea. | Signing agreement=[washington-declaration] participants=[united-states,south-korea] factual
            Japan and South Korea decided to suspend GSOMIA. | Suspension agreement=[gsomia] participants=[japan,south-korea] factual; partyTo japan gsomia factual; partyTo south-korea gsomia factual
            Fumio Kishida met with Yoon Suk Yeol in Tokyo.          | Meeting location=[tokyo] participants=[fumio-kishida,yoon-suk-yeol] factual
            Japan and India met in Tokyo.                          | Meeting location=[tokyo] participants=[japan,india] factual
            Japan held talks with India in Tokyo last month.       | Meeting location=[tokyo] participants=[japan,india] factual
            Joe Biden traveled to Hiroshima and later to Seoul.    | Visit agent=[joe-biden] destination=[hiroshima] factual
            Yoon Suk Yeol flew to Washington.                      | Visit agent=[yoon-suk-yeol] destination=[united-states,washington] factual
            Chinese troops on Monday began joint drills with India. | MilitaryExercise participants=[china,india] factual
            Japan has its own territorial dispute with China over the Senkaku Islands. | claimsTerritory china senkaku-islands factual; claimsTerritory japan senkaku-islands factual
            Japan and South Korea today signed the new GSOMIA with the United States. | Signing agreement=[gsomia] participants=[japan,south-korea,united-states] factual
            GSOMIA, the agreement between Japan and South Korea, was renewed. | Renewal agreement=[gsomia] participants=[japan,south-korea] factual; partyTo japan gsomia factual; partyTo south-korea gsomia factual
            The Quad – the United States, Japan, India and Australia – met. | memberOf australia quad factual; memberOf india quad factual; memberOf japan quad factual; memberOf united-states quad factual
            Japan and its treaty ally the United States disagreed. | allyOf japan united-states factual
            China's military staged war games around Taiwan on Monday. | MilitaryExercise participants=[china] target=[taiwan] factual
            The talks took place in Hiroshima, Japan.             | locatedIn hiroshima japan factual
            HIROSHIMA, Japan, May 19 (Reuters) - Leaders met.      | -
            HIROSHIMA, Japan (Reuters) - Leaders met.              | -
            Hiroshima, Japan and Seoul, Korea are cities.          | locatedIn seoul south-korea factual
            Beijing could stage drills if Joe Biden visits the Sea of Japan. | MilitaryExercise participants=[china] hypothetical; Visit agent=[joe-biden] destination=[sea-of-japan] hypothetical
            Japan adopted a 14th package of sanctions against China. | TradeRestriction agent=[japan] target=[china] factual
            Fumio Kishida has yet to meet Joe Biden in person.     | Meeting participants=[fumio-kishida,joe-biden] negated
            Beijing took the United States to the World Trade Organization. | LegalAction agent=[china] forum=[wto] target=[united-states] factual
            The NATO summit was long, and the Quad summit short.   | Meeting participants=[nato] factual; Meeting participants=[quad] factual
            Joe Biden's visit, his first to Japan, ended.          | Visit agent=[joe-biden] destination=[japan] factual
            They praised security cooperation between Japan and India. | Cooperation participants=[japan,india] factual
            Seoul accuses North Korea of supplying China with shells. | Cooperation participants=[north-korea,china] factual
            Japan upgraded its ties with India to a comprehensive strategic partnership. | Cooperation participants=[japan,india] factual
            Japan will help India build coast guard ships.         | Cooperation participants=[japan,india] planned
            Japan and India pledged to deepen defence ties.        | Cooperation participants=[japan,india] factual
            Joe Biden hosted his Japanese counterpart Fumio Kishida for talks in Washington. | Meeting location=[washington] participants=[joe-biden,fumio-kishida,japan] factual
            China restricted imports of Japanese photoresist in October. | TradeRestriction agent=[china] concerns=[photoresist] target=[japan] factual
            Beijing’s ban on Japanese photoresist hurts.           | TradeRestriction agent=[china] concerns=[photoresist] target=[japan] factual
            Japan, Washington’s closest ally in Asia, agreed.      | allyOf japan united-states factual
            Japan and South Korea, both treaty allies of Washington, met. | allyOf japan united-states factual; allyOf south-korea united-states factual
            China and India, both permanent members of the Quad, spoke. | memberOf china quad factual; memberOf india quad factual
            The Senkaku Islands, which Japan controls and China claims, are small. | claimsTerritory china senkaku-islands factual
            The Quad (Quadrilateral Security Dialogue) summit in Tokyo ended. | Meeting location=[tokyo] participants=[quad] factual
            Fumio Kishida is expected to meet his South Korean counterpart, Yoon Suk Yeol. | Meeting participants=[fumio-kishida,yoon-suk-yeol,south-korea] hypothetical
            Joe Biden flies to Tokyo on Saturday for talks with Prime Minister Fumio Kishida. | Meeting location=[tokyo] participants=[joe-biden,fumio-kishida] factual; Visit agent=[joe-biden] destination=[japan,tokyo] factual
            Joe Biden, who hosted his Japanese counterpart Fumio Kishida, spoke. | Meeting participants=[joe-biden,fumio-kishida,japan] factual
            A NATO meeting on the launch could take place soon.   | Meeting participants=[nato] hypothetical
            Fumio Kishida and Chinese President Xi Jinping will hold their first formal bilateral talks. | Meeting participants=[fumio-kishida,china,xi-jinping] planned; headOfStateOf xi-jinping china factual
            The Senkaku Islands are claimed in whole or in part by China and Taiwan. | claimsTerritory china senkaku-islands factual; claimsTerritory taiwan senkaku-islands factual
            Joe Biden has not been to Japan since 2014.            | Visit agent=[joe-biden] destination=[japan] negated
            The Quad summit in the Japanese city of Hiroshima ended. | Meeting location=[hiroshima] participants=[quad] factual
            Quad summits were held.                                | -
            China had slapped tariffs of 80.5 percent on Japanese photoresist. | TradeRestriction agent=[china] concerns=[photoresist] target=[japan] factual
            China imposed the photoresist duties in March 2021.    | TradeRestriction agent=[china] concerns=[photoresist] factual
            Japan and India agreed last year to resume annual leaders' meetings. | Cooperation participants=[japan,india] factual
            The Quad, alongside the United States, Japan and India, met. | memberOf india quad factual; memberOf japan quad factual; memberOf united-states quad factual
            They feared a conflict in Taiwan.                      | Event location=[taiwan] participants=[taiwan] factual
            A crisis over Taiwan could prompt Beijing to act.      | -
            Chinese coast guard ships fired water cannon at a Japanese fisheries vessel. | Event participants=[china] target=[japan] factual
            North Korea test-fired a new solid-fuel intercontinental ballistic missile on Thursday. | Event participants=[north-korea] factual
            China's full-scale invasion of Taiwan would be costly. | Event participants=[china] target=[taiwan] hypothetical
            Japan and South Korea ratified GSOMIA in 2017.        | AgreementEvent agreement=[gsomia] participants=[japan,south-korea] factual; partyTo japan gsomia factual; partyTo south-korea gsomia factual
            GSOMIA must still be ratified by Japan.                | AgreementEvent agreement=[gsomia] participants=[japan] planned; partyTo japan gsomia planned
            The Washington Declaration could replace GSOMIA.       | replaces washington-declaration gsomia hypothetical
            Japan and India hold talks in Tokyo next year.         | Meeting location=[tokyo] participants=[japan,india] planned
            Japan and India spoke. The two neighbours agreed on patrolling arrangements. | Cooperation participants=[japan,india] factual
            The Quad and China agreed last year to conclude the code. | Cooperation participants=[quad,china] factual
            India has offered to host informal talks on the crisis in December. | Meeting location=[india] participants=[india] planned
            In 2019 Seoul froze GSOMIA.                            | Suspension agreement=[gsomia] participants=[south-korea] factual; partyTo south-korea gsomia factual
            Tokyo is scrapping GSOMIA while Seoul renews it.       | Suspension agreement=[gsomia] participants=[japan] factual; partyTo japan gsomia factual
            The United States and Japan are holding drills in the Sea of Japan. | MilitaryExercise location=[sea-of-japan] participants=[united-states,japan] factual
            The Senkaku Islands are in dispute between Japan and China. | claimsTerritory china senkaku-islands factual; claimsTerritory japan senkaku-islands factual
            """)
    void events(String sentence, String expected) {
        assertEquals(expected.equals("-") ? Set.of() : Set.of(expected.split("; ")), claims(sentence));
    }

    @Test
    void unknownNamesWithoutAKindAreListedNotMinted() {
        Extraction x = extractor.extract("On Monday's call Japan told Tokyo Electron and the Commerce Department's staff.",
                PartialDate.parse("2023-05"));
        assertEquals(List.of("Electron"), x.namesWithoutKind(), "no day; Tokyo is known");
        assertEquals(List.of("Commerce Department"), x.newEntities().stream().map(e -> e.label()).toList());
    }

    @Test
    void aVisitorWhoArrivesArrivesWhereTheDatelineSays() {
        assertEquals(Set.of("Visit agent=[joe-biden] destination=[japan,tokyo] factual"),
                claims("TOKYO, May 19 (Kyodo) - Leaders gathered.\nJoe Biden arrived on Tuesday."));
        assertEquals(Set.of(), claims("Tokyo hosted leaders.\nJoe Biden arrived on Tuesday."), "no dateline");
    }

    @Test
    void aPluralAnaphorStandsForTheEnumerationBeforeIt() {
        assertEquals(Set.of("Cooperation participants=[japan,india] factual"),
                claims("Japan and India spoke on Monday. The two countries agreed to share intelligence."));
        assertEquals(Set.of("Meeting location=[tokyo] participants=[fumio-kishida,joe-biden] factual"),
                claims("Fumio Kishida and Joe Biden spoke. The two leaders met in Tokyo."));
        assertEquals(Set.of(), claims("Japan and India spoke. Officials were calm. Analysts wrote. They agreed to share data."),
                "'they' reaches one sentence back at most");
        assertEquals(Set.of(), claims("Japan, India and China spoke. The two countries agreed to share intelligence."),
                "'the two' counts two");
        assertEquals(Set.of("Cooperation participants=[japan,india] factual"),
                claims("China and Russia spoke. Both Japan and India agreed to share intelligence."),
                "'both' before the names it counts is no anaphor");
        assertEquals(Set.of("Meeting participants=[joe-biden,fumio-kishida] factual",
                        "Visit agent=[joe-biden] destination=[japan,tokyo] factual"),
                claims("Joe Biden met Fumio Kishida on Friday. He flies to Tokyo on Saturday."),
                "'he' is the first person of the sentence before");
    }

    @Test
    void aPersonNamedInFullIsThenNamedByOnePartOfTheName() {
        assertEquals(Set.of("Meeting location=[tokyo] participants=[fumio-kishida,yoon-suk-yeol] factual"),
                claims("Fumio Kishida and Yoon Suk Yeol arrived on Monday.\nKishida met Yoon in Tokyo."));
        assertEquals(Set.of(), claims("Kishida met Yoon in Tokyo."), "not before the full name");
    }

    @Test
    void anExerciseGathersTheAssetsOfTheSentencesAfterItUpToTheNextEvent() {
        Set<String> claims = claims("South Korea and Japan held naval exercises in the Sea of Japan. Analysts were "
                + "surprised. The F-35A and the KF-16 took part. Seoul filed a complaint with the WTO. The F-16 flew.\n"
                + "The F-35B was there too.");
        assertTrue(claims.contains("MilitaryExercise location=[sea-of-japan] participants=[south-korea,japan] "
                + "usesAsset=[f-35a,kf-16] factual"), claims.toString());
    }

    @Test
    void anAgreementNamedInAnEarlierSentenceOfTheParagraphIsTheAntecedent() {
        String signed = "Signing agreement=[gsomia] participants=[japan,south-korea] factual";
        assertEquals(Set.of(signed, "Suspension agreement=[gsomia] participants=[south-korea] factual"),
                claims("Japan and South Korea signed GSOMIA in 2016. In 2019 it was suspended by Seoul."));
        assertEquals(Set.of(signed, "Suspension agreement=[gsomia] participants=[japan,south-korea] factual"),
                claims("Japan and South Korea signed GSOMIA in 2016. In 2019 it was suspended."),
                "its parties suspend it when the words name nobody");
        assertEquals(Set.of(signed), claims("Japan and South Korea signed GSOMIA in 2016.\nIn 2019 it was suspended."),
                "not across paragraphs");
        assertEquals(Set.of(), claims("In 2019 it was suspended after a dispute."), "not without an agreement before");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            South Korean military aircraft, including the F-35A and KF-16, flew. | operator f-35a south-korea factual; operator kf-16 south-korea factual
            The American missile destroyer USS Benfold sailed.                   | operator uss-benfold united-states factual
            The South Korean Navy sailed.                                        | subOrganizationOf south-korean-navy south-korea factual
            """)
    void forcesAndAssets(String sentence, String expected) {
        assertEquals(Set.of(expected.split("; ")), claims(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States and Japan agreed to share intelligence.                 | factual
            The United States and Japan will agree to share intelligence.             | planned
            The United States and Japan plans to deepen cooperation.                  | planned
            The United States and Japan could agree to share intelligence.            | hypothetical
            It is assumed that the United States and Japan agreed to share intelligence. | hypothetical
            The United States and Japan have not agreed to share intelligence.        | negated
            """)
    void modalityCues(String sentence, String modality) {
        Set<String> found = claims(sentence);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.iterator().next().endsWith(" " + modality), found.toString());
    }

    @Test
    void attributionCues() {
        String text = "According to Yonhap, Japan and South Korea agreed to share intelligence.";
        List<Claim> claims = extractor.extract(text, PartialDate.parse("2023-05")).claims();
        assertEquals(1, claims.size());
        assertEquals("yonhap", claims.get(0).attributedTo().orElseThrow());
    }

    @Test
    void aStateThatSaysSoIsTheSourceAndACapitalSpeaksForItsState() {
        List<Claim> claims = extractor.extract("Beijing said Japan and India agreed to share intelligence.",
                PartialDate.parse("2023-05")).claims();
        assertEquals(1, claims.size());
        assertEquals("china", claims.get(0).attributedTo().orElseThrow());
        List<Claim> own = extractor.extract("Japan said Japan and India agreed to share intelligence.",
                PartialDate.parse("2023-05")).claims();
        assertTrue(own.get(0).attributedTo().isEmpty(), "a party to the claim is not its source");
    }

    @Test
    void theSourceAnAccordingToPhraseCitesIsNoParticipant() {
        String text = "According to Yonhap, South Korea and the United States will hold joint naval exercises next month.";
        assertEquals(Set.of("MilitaryExercise participants=[south-korea,united-states] planned"), claims(text));
        Claim c = extractor.extract(text, PartialDate.parse("2023-05")).claims().get(0);
        assertEquals("yonhap", c.attributedTo().orElseThrow());
    }

    @Test
    void anEventTakesTheTimeOfItsSentence() {
        String text = "In early 2023, Jens Stoltenberg visited Seoul.";
        Claim c = extractor.extract(text, PartialDate.parse("2023-05")).claims().get(0);
        var time = ((Claim.EventContent) c.content()).event().time().orElseThrow();
        assertEquals("In early 2023", time.text().orElseThrow());
        assertEquals("2023-04-30", time.latest().toString());
        assertEquals(text.substring(0, text.length() - 1), c.evidence().get(0).quote());
    }

    @Test
    void unknownNamesWithATitleBecomeNewEntities() {
        Extraction x = extractor.extract("French President Emmanuel Macron visited Japan.", PartialDate.parse("2023-05"));
        assertEquals(List.of("emmanuel-macron person Emmanuel Macron"), x.newEntities().stream()
                .map(e -> e.key() + " " + e.kind().segment() + " " + e.label()).toList());
        assertTrue(x.claims().stream().anyMatch(c -> c.content() instanceof Claim.EventContent e
                && e.event().role(org.entente.claims.EventRole.AGENT).equals(List.of("emmanuel-macron"))), x.claims().toString());
    }

    @Test
    void aQuoteThatOccursTwiceSaysWhichOccurrence() {
        String text = "Seoul and Tokyo met. Jens Stoltenberg visited Seoul. Jens Stoltenberg visited Seoul.";
        List<Claim> claims = extractor.extract(text, PartialDate.parse("2023-05")).claims();
        assertEquals(List.of(1, 2), claims.stream().map(c -> c.evidence().get(0).occurrence()).toList());
    }
}
