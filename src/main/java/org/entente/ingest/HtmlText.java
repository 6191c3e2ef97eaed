package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readable text of an HTML page, through a real HTML parser (jsoup): scripts, styles,
 * navigation, asides, forms and footers dropped, one paragraph per block element.
 */
final class HtmlText {

    private static final String NOT_TEXT = "script, style, noscript, template, nav, aside, form, footer, iframe, svg";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption";

    private HtmlText() {}

    static String of(String html) {
        Document page = Jsoup.parse(html);
        page.select(NOT_TEXT).remove();
        Element body = page.selectFirst("article");
        if (body == null) {
            body = page.body();
        }
        List<String> paragraphs = new ArrayList<>();
        String title = page.title().strip();
        if (!title.isEmpty() && body.selectFirst("h1") == null) {
            paragraphs.add(title);
        }
        for (Element block : body.select(BLOCKS)) {
            // A block inside another block (a <p> in an <li>) is read with its parent.
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
