package nl.groepskracht.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML a browser can show safely: commonmark renders, then jsoup keeps only a safe list
 * of tags and attributes (no script, style, iframe, event attribute or {@code javascript:} link).
 * Links open in a new tab without giving the target page access to the portal.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, "", SAFE, COMPACT);
    }

    /** The text a reader sees, for the index and snippets. */
    static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(RENDERER.render(PARSER.parse(markdown)));
        document.outputSettings(COMPACT);
        return document.body().wholeText().replaceAll("\\n{3,}", "\n\n").strip();
    }
}
