package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whatever an author types, the rendered HTML cannot run anything in a colleague's browser. */
class KnowledgeMarkdownTest {

    @Test
    void markdown_renders_headings_lists_and_links() {
        String html = Markdown.toSafeHtml("## Doel\n\n- herkenning\n- **erkenning**\n\n[NJi](https://www.nji.nl)");
        assertThat(html).contains("<h2>Doel</h2>", "<li>herkenning</li>", "<strong>erkenning</strong>",
                "<a href=\"https://www.nji.nl\"", "rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void script_tags_are_removed() {
        String html = Markdown.toSafeHtml("Hallo <script>alert('x')</script> daar\n\n<script>\nfetch('/x')\n</script>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(").doesNotContain("fetch(");
    }

    @Test
    void event_attributes_on_images_and_other_tags_are_removed() {
        String html = Markdown.toSafeHtml("<img src=x onerror=alert(1)> <b onmouseover=\"alert(2)\">vet</b>\n\n"
                + "<div onclick=\"alert(3)\">klik</div>");
        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onmouseover")
                .doesNotContainIgnoringCase("onclick").doesNotContain("alert(").doesNotContainIgnoringCase("<img");
        assertThat(html).contains("<b>vet</b>");
    }

    @Test
    void javascript_links_lose_their_target() {
        String html = Markdown.toSafeHtml("[klik](javascript:alert(1)) <a href=\"javascript:alert(2)\">ook</a> "
                + "<a href=\"JaVaScRiPt:alert(3)\">en</a> [data](data:text/html;base64,PHNjcmlwdD4=)");
        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:text/html");
        assertThat(html).contains("klik", "ook", "en");
    }

    @Test
    void iframes_styles_objects_and_forms_are_removed() {
        String html = Markdown.toSafeHtml("<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<style>body { display: none }</style>\n\n<object data=\"x.swf\"></object>\n\n"
                + "<form action=\"https://evil.example\"><input name=q></form>\n\n<p style=\"position:fixed\">tekst</p>");
        assertThat(html).doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<style")
                .doesNotContain("display: none").doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("<form").doesNotContainIgnoringCase("<input")
                .doesNotContain("position:fixed");
        assertThat(html).contains("tekst");
    }

    @Test
    void the_plain_text_for_the_index_has_no_markdown_syntax() {
        assertThat(Markdown.toPlainText("## Doel\n\nOuders **delen** ervaringen.")).isEqualTo(
                "Doel\nOuders delen ervaringen.");
    }
}
