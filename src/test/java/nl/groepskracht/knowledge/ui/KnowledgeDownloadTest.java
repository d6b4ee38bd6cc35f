package nl.groepskracht.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A download keeps its original name, encoded so that no name can break the header. */
class KnowledgeDownloadTest {

    @Test
    void the_original_name_is_kept_and_encoded_in_content_disposition() {
        assertThat(AttachmentDownload.contentDisposition("Draaiboek \"ouders\" één.pdf")).isEqualTo(
                "attachment; filename=\"Draaiboek \\\"ouders\\\" een.pdf\"; "
                        + "filename*=UTF-8''Draaiboek%20%22ouders%22%20%C3%A9%C3%A9n.pdf");
        assertThat(AttachmentDownload.contentDisposition("a\r\nSet-Cookie: x=1.pdf")).doesNotContain("\r", "\n");
    }
}
