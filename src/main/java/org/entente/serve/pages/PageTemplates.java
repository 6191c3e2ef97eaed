package org.entente.serve.pages;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Pebble templates of {@code templates/} in the jar. Autoescaping stays on: every value from
 * the data is HTML-escaped unless a template says otherwise (none does). Strict variables: a
 * misspelt name fails loudly instead of rendering as nothing.
 */
final class PageTemplates {

    private final PebbleEngine engine;

    PageTemplates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).build();
    }

    String render(Page page) {
        Map<String, Object> context = new HashMap<>(page.model());
        context.put("section", page.section());
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(page.template()).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
