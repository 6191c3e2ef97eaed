package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English sentence, token and part-of-speech models (UD English EWT, from the model
 * jars on the classpath), loaded once. The models are thread-safe to share, the {@code ME}
 * classes are not, so each thread builds its own from the same models.
 */
final class Nlp {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenModel;
    private final POSModel posModel;
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::tools);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME tags) {}

    Nlp() {
        try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            sentenceModel = new SentenceModel(s);
            tokenModel = new TokenizerModel(t);
            posModel = new POSModel(p);
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

    private Tools tools() {
        return new Tools(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenModel),
                new POSTaggerME(posModel, POSTagFormat.PENN));
    }

    /** Sentence spans of a paragraph, relative to it. */
    Span[] sentences(String paragraph) {
        return tools.get().sentences().sentPosDetect(paragraph);
    }

    /** Token spans of a sentence, relative to it. */
    Span[] tokens(String sentence) {
        return tools.get().tokens().tokenizePos(sentence);
    }

    /** Penn Treebank tags of the tokens. */
    String[] tags(String[] tokens) {
        return tools.get().tags().tag(tokens);
    }
}
