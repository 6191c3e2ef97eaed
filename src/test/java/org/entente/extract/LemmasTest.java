package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lemmas the rules name are read right in every form a sentence may use (OpenNLP's model,
 * with the corrections of {@code extract/lemmas.tsv} where the model errs), and a noun that only
 * looks like a verb form is not taken for it.
 */
class LemmasTest {

    /** Every form of every verb the rules name: third person, past, past participle, -ing. */
    private static final Map<String, List<String>> FORMS = Map.ofEntries(
            Map.entry("arrive", List.of("arrives", "arrived", "arrived", "arriving")),
            Map.entry("adopt", List.of("adopts", "adopted", "adopted", "adopting")),
            Map.entry("approve", List.of("approves", "approved", "approved", "approving")),
            Map.entry("agree", List.of("agrees", "agreed", "agreed", "agreeing")),
            Map.entry("announce", List.of("announces", "announced", "announced", "announcing")),
            Map.entry("ban", List.of("bans", "banned", "banned", "banning")),
            Map.entry("beat", List.of("beats", "beat", "beaten", "beating")),
            Map.entry("begin", List.of("begins", "began", "begun", "beginning")),
            Map.entry("board", List.of("boards", "boarded", "boarded", "boarding")),
            Map.entry("block", List.of("blocks", "blocked", "blocked", "blocking")),
            Map.entry("decide", List.of("decides", "decided", "decided", "deciding")),
            Map.entry("detain", List.of("detains", "detained", "detained", "detaining")),
            Map.entry("deliver", List.of("delivers", "delivered", "delivered", "delivering")),
            Map.entry("curb", List.of("curbs", "curbed", "curbed", "curbing")),
            Map.entry("head", List.of("heads", "headed", "headed", "heading")),
            Map.entry("help", List.of("helps", "helped", "helped", "helping")),
            Map.entry("elevate", List.of("elevates", "elevated", "elevated", "elevating")),
            Map.entry("go", List.of("goes", "went", "gone", "going")),
            Map.entry("harass", List.of("harasses", "harassed", "harassed", "harassing")),
            Map.entry("halt", List.of("halts", "halted", "halted", "halting")),
            Map.entry("limit", List.of("limits", "limited", "limited", "limiting")),
            Map.entry("pledge", List.of("pledges", "pledged", "pledged", "pledging")),
            Map.entry("promise", List.of("promises", "promised", "promised", "promising")),
            Map.entry("provide", List.of("provides", "provided", "provided", "providing")),
            Map.entry("plan", List.of("plans", "planned", "planned", "planning")),
            Map.entry("prohibit", List.of("prohibits", "prohibited", "prohibited", "prohibiting")),
            Map.entry("ram", List.of("rams", "rammed", "rammed", "ramming")),
            Map.entry("raise", List.of("raises", "raised", "raised", "raising")),
            Map.entry("restrict", List.of("restricts", "restricted", "restricted", "restricting")),
            Map.entry("tighten", List.of("tightens", "tightened", "tightened", "tightening")),
            Map.entry("cancel", List.of("cancels", "cancelled", "cancelled", "cancelling")),
            Map.entry("conclude", List.of("concludes", "concluded", "concluded", "concluding")),
            Map.entry("conduct", List.of("conducts", "conducted", "conducted", "conducting")),
            Map.entry("deepen", List.of("deepens", "deepened", "deepened", "deepening")),
            Map.entry("deploy", List.of("deploys", "deployed", "deployed", "deploying")),
            Map.entry("enhance", List.of("enhances", "enhanced", "enhanced", "enhancing")),
            Map.entry("expand", List.of("expands", "expanded", "expanded", "expanding")),
            Map.entry("extend", List.of("extends", "extended", "extended", "extending")),
            Map.entry("fire", List.of("fires", "fired", "fired", "firing")),
            Map.entry("file", List.of("files", "filed", "filed", "filing")),
            Map.entry("fly", List.of("flies", "flew", "flown", "flying")),
            Map.entry("freeze", List.of("freezes", "froze", "frozen", "freezing")),
            Map.entry("hold", List.of("holds", "held", "held", "holding")),
            Map.entry("host", List.of("hosts", "hosted", "hosted", "hosting")),
            Map.entry("impose", List.of("imposes", "imposed", "imposed", "imposing")),
            Map.entry("intercept", List.of("intercepts", "intercepted", "intercepted", "intercepting")),
            Map.entry("introduce", List.of("introduces", "introduced", "introduced", "introducing")),
            Map.entry("involve", List.of("involves", "involved", "involved", "involving")),
            Map.entry("join", List.of("joins", "joined", "joined", "joining")),
            Map.entry("launch", List.of("launches", "launched", "launched", "launching")),
            Map.entry("make", List.of("makes", "made", "made", "making")),
            Map.entry("meet", List.of("meets", "met", "met", "meeting")),
            Map.entry("offer", List.of("offers", "offered", "offered", "offering")),
            Map.entry("pay", List.of("pays", "paid", "paid", "paying")),
            Map.entry("propose", List.of("proposes", "proposed", "proposed", "proposing")),
            Map.entry("prolong", List.of("prolongs", "prolonged", "prolonged", "prolonging")),
            Map.entry("ratify", List.of("ratifies", "ratified", "ratified", "ratifying")),
            Map.entry("replace", List.of("replaces", "replaced", "replaced", "replacing")),
            Map.entry("reach", List.of("reaches", "reached", "reached", "reaching")),
            Map.entry("renew", List.of("renews", "renewed", "renewed", "renewing")),
            Map.entry("restore", List.of("restores", "restored", "restored", "restoring")),
            Map.entry("scrap", List.of("scraps", "scrapped", "scrapped", "scrapping")),
            Map.entry("schedule", List.of("schedules", "scheduled", "scheduled", "scheduling")),
            Map.entry("slap", List.of("slaps", "slapped", "slapped", "slapping")),
            Map.entry("sign", List.of("signs", "signed", "signed", "signing")),
            Map.entry("seize", List.of("seizes", "seized", "seized", "seizing")),
            Map.entry("send", List.of("sends", "sent", "sent", "sending")),
            Map.entry("supersede", List.of("supersedes", "superseded", "superseded", "superseding")),
            Map.entry("supply", List.of("supplies", "supplied", "supplied", "supplying")),
            Map.entry("stage", List.of("stages", "staged", "staged", "staging")),
            Map.entry("start", List.of("starts", "started", "started", "starting")),
            Map.entry("strengthen", List.of("strengthens", "strengthened", "strengthened", "strengthening")),
            Map.entry("suspend", List.of("suspends", "suspended", "suspended", "suspending")),
            Map.entry("test", List.of("tests", "tested", "tested", "testing")),
            Map.entry("terminate", List.of("terminates", "terminated", "terminated", "terminating")),
            Map.entry("travel", List.of("travels", "travelled", "travelled", "travelling")),
            Map.entry("upgrade", List.of("upgrades", "upgraded", "upgraded", "upgrading")),
            Map.entry("vow", List.of("vows", "vowed", "vowed", "vowing")),
            Map.entry("unveil", List.of("unveils", "unveiled", "unveiled", "unveiling")),
            Map.entry("visit", List.of("visits", "visited", "visited", "visiting")),
            Map.entry("withdraw", List.of("withdraws", "withdrew", "withdrawn", "withdrawing")));

    /** Sentences that use a form: base, third person, past, past participle, -ing. */
    private static final List<String> FRAMES = List.of(
            "Japan will %s the agreement with Korea.",
            "Japan %s the agreement with Korea.",
            "In 2019 Japan %s the agreement with Korea.",
            "The agreement with Korea was %s by Japan in 2019.",
            "Japan is %s the agreement with Korea.");

    private static Nlp nlp;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
    }

    private static Lemmas lemmas(String sentence) {
        String[] tokens = java.util.Arrays.stream(nlp.tokens(sentence))
                .map(span -> sentence.substring(span.getStart(), span.getEnd())).toArray(String[]::new);
        return new Lemmas(tokens, nlp.lemmas(tokens, nlp.tags(tokens)));
    }

    @Test
    void everyLemmaOfTheRulesHasItsFormsListedHere() throws IOException {
        String rules;
        try (InputStream in = LemmasTest.class.getResourceAsStream("/extract/rules.yaml")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<String> named = new TreeSet<>();
        Matcher pattern = Pattern.compile("(?m)^\\s+pattern: (.*)$").matcher(rules);
        while (pattern.find()) {
            Matcher lemma = Pattern.compile("<([a-z-]+)>").matcher(pattern.group(1));
            while (lemma.find()) {
                named.add(lemma.group(1));
            }
        }
        assertEquals(named, new TreeSet<>(FORMS.keySet()), "a rule names a lemma whose forms this test does not list");
    }

    @Test
    void everyFormOfEveryRuleLemmaIsReadAsThatLemma() {
        List<String> wrong = new ArrayList<>();
        FORMS.forEach((lemma, forms) -> {
            List<String> all = new ArrayList<>(List.of(lemma));
            all.addAll(forms);
            for (int i = 0; i < FRAMES.size(); i++) {
                String sentence = String.format(FRAMES.get(i), all.get(i));
                if (!lemmas(sentence).forms(lemma).contains(all.get(i))) {
                    wrong.add(all.get(i) + " (in \"" + sentence + "\")");
                }
            }
        });
        assertEquals(List.of(), wrong, "forms not read as their lemma");
    }

    @Test
    void aNounIsItsOwnLemma() {
        Lemmas lemmas = lemmas("The meeting in Tokyo followed his visits to Seoul.");
        assertEquals(List.of(), lemmas.forms("meet"));
        assertEquals(List.of("meeting"), lemmas.forms("meeting"));
        assertEquals(List.of("visits"), lemmas.forms("visit"));
        assertTrue(lemmas.forms("tokyo").contains("tokyo"));
    }
}
