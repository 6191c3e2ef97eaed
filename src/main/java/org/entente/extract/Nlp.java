package org.entente.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English sentence, token, part-of-speech and lemma models (UD English EWT, from the
 * model jars on the classpath), loaded once, with the corrections of {@code extract/lemmas.tsv}. The models are thread-safe to share, the {@code ME}
 * classes are not, so each thread builds its own from the same models. Tags are Universal
 * Dependencies tags (PROPN, VERB, ...): the lemma model was trained on them, and they are what
 * the tagger predicts (its Penn Treebank tags are a lossy mapping of them).
 */
final class Nlp {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** Where a lemma model keeps its classifier (LemmatizerModel names it so, privately). */
    private static final String LEMMA_ARTIFACT = "lemmatizer.model";
    /** A sentence that ends so ends in an abbreviation, not a full stop: "U.S.", "Gen.", "Jr.". */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:\\p{Lu}\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Rep|Sen|Gov|Amb|Prof|St|No|Vol)\\.)$");
    private static final String CORRECTIONS = "/extract/lemmas.tsv";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmaModel;
    /** The lemma model's classifier: which edit script turns a word into its lemma. */
    private final MaxentModel lemmaScripts;
    /** Lemmas of word forms the lemma model gets wrong (lower case). */
    private final Map<String, String> corrections;
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::tools);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME tags,
                         LemmatizerContextGenerator lemmaContext) {}

    Nlp() {
        try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS);
             InputStream l = open(LEMMAS)) {
            sentenceModel = new SentenceModel(s);
            tokenModel = new TokenizerModel(t);
            posModel = new POSModel(p);
            lemmaModel = new LemmatizerModel(l);
            lemmaScripts = (MaxentModel) lemmaModel.getArtifact(LEMMA_ARTIFACT);
            corrections = corrections();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Nlp.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    private static Map<String, String> corrections() throws IOException {
        Map<String, String> corrections = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(CORRECTIONS), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] formAndLemma = line.split("\t");
                    if (formAndLemma.length != 2) {
                        throw new IllegalStateException(CORRECTIONS + ": not 'form<TAB>lemma': " + line);
                    }
                    corrections.put(formAndLemma[0], formAndLemma[1]);
                }
            }
        }
        return corrections;
    }

    private Tools tools() {
        return new Tools(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenModel),
                new POSTaggerME(posModel, POSTagFormat.UD), lemmaModel.getFactory().getContextGenerator());
    }

    /**
     * Sentence spans of a paragraph, relative to it. The model splits after abbreviations that
     * news writes before names ("U.S. President Joe Biden", "Gen. Kim"); such a split is undone.
     */
    Span[] sentences(String paragraph) {
        Span[] spans = tools.get().sentences().sentPosDetect(paragraph);
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && ABBREVIATION_END.matcher(paragraph.substring(last.getStart(), last.getEnd())).find()) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        return joined.toArray(Span[]::new);
    }

    /** Token spans of a sentence, relative to it. */
    Span[] tokens(String sentence) {
        return tools.get().tokens().tokenizePos(sentence);
    }

    /** Universal Dependencies part-of-speech tags of the tokens. */
    String[] tags(String[] tokens) {
        return tools.get().tags().tag(tokens);
    }

    /**
     * The lemma of each token (lower case), given its tag: the model's unless corrected. The
     * model predicts for each token an edit script from word to lemma; this takes the likeliest
     * script token by token, where {@link LemmatizerME} keeps a beam of three sequences and for
     * that sorts all 860 scores at every token: three quarters of all extraction time, for lemmas
     * that differ from these only where the model is unsure anyway.
     */
    String[] lemmas(String[] tokens, String[] tags) {
        LemmatizerContextGenerator context = tools.get().lemmaContext();
        String[] scripts = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            scripts[i] = lemmaScripts.getBestOutcome(lemmaScripts.eval(context.getContext(i, tokens, tags, scripts)));
        }
        String[] lemmas = LemmatizerME.decodeLemmas(tokens, scripts);
        for (int i = 0; i < tokens.length; i++) {
            lemmas[i] = corrections.getOrDefault(tokens[i].toLowerCase(Locale.ROOT), lemmas[i]);
        }
        return lemmas;
    }
}
