package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.entente.MiniData;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = TextCleaner.standard();

    @Test
    void developmentArticleLosesItsPageFurnitureButKeepsBodyAndHeadings() {
        String text = cleaner.clean(TextFiles.readUtf8(Path.of("data/focus-2023-05-us-japan-korea.txt")));
        assertTrue(text.startsWith("Three in one boat and China: what about the alliance of the USA, Japan and South Korea\n\n"));
        assertTrue(text.endsWith("in the Indo-Pacific region.\n\nSource: Focus"), text.substring(text.length() - 80));
        assertTrue(text.contains("\n\nIntelligence and military information exchange: satellites and missiles\n\n"));
        for (String furniture : new String[] {"LEAVE A REPLY", "Please enter your comment", "Latest",
                "Carlos Spitzer", "A4 highway", "\nImportant\n", "“Boys” against China",
                "Relaxing women, Japanese slavery"}) {
            assertFalse(text.contains(furniture), furniture);
        }
        assertFalse(text.contains("\n\n\n"));
    }

    @Test
    void lineEndsBecomeLineFeedsAndTextBecomesNfc() {
        String text = cleaner.clean(MiniData.PUBLISHED);
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("Caf\u00e9 Seoul"));
        assertTrue(text.startsWith("Allies \uD83E\uDD1D meet in \u6771\u4eac\n\nJapan"));
        assertTrue(text.endsWith("join AUKUS next year."), text);
    }

    @Test
    void shareWidgetsAndTeasersGoWhereverTheyStand() {
        String page = "Headline\n\nShare\nTweet\n\n" + "Body sentence. ".repeat(20)
                + "\n\nRead also:\nSome other headline\n\nMore body.\n\nRelated\n\nA teaser";
        assertEquals("Headline\n\n" + ("Body sentence. ".repeat(20)).strip() + "\n\nMore body.", cleaner.clean(page));
    }

    @Test
    void anEndMarkerBeforeTheBodyBeginsDoesNotCutTheArticle() {
        String page = "Latest\n\nHeadline\n\n" + "Body sentence. ".repeat(20).strip();
        assertEquals("Headline\n\n" + "Body sentence. ".repeat(20).strip(), cleaner.clean(page));
    }

    @Test
    void htmlIsReadThroughAParserWithoutScriptsOrNavigation() {
        String html = "<html><head><title>T</title><script>var x = '<p>not text</p>';</script></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Title</h1><p>First &amp; <b>bold</b> paragraph.</p>"
                + "<ul><li>Item</li></ul></article><footer>Footer</footer></body></html>";
        assertEquals("Title\n\nFirst & bold paragraph.\n\nItem", HtmlText.of(html));
    }
}
