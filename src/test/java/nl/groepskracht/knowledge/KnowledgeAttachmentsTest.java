package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Attachments: the type comes from the content; what is refused leaves nothing behind; text is found. */
@SpringBootTest
class KnowledgeAttachmentsTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeAttachments attachments;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    Professional fatima;
    String marker;
    long itemId;

    @BeforeEach
    void item() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        marker = Items.marker();
        itemId = as(fatima, () -> knowledge.create(Items.draft(directory, "Draaiboek", "Acht avonden.", "", marker)));
    }

    @Test
    void a_file_whose_name_lies_about_its_type_is_refused() {
        refused("verslag.pdf", TestFiles.docx("Een Word-bestand"), "knowledge.attachment.extension-mismatch");
        refused("werkblad.docx", TestFiles.pdf("Een PDF"), "knowledge.attachment.extension-mismatch");
        refused("foto.png", TestFiles.pdf("Een PDF"), "knowledge.attachment.extension-mismatch");
        refused("notities.pdf", "gewone tekst, geen PDF".getBytes(StandardCharsets.UTF_8),
                "knowledge.attachment.type-not-allowed");
    }

    @Test
    void a_right_to_left_override_and_other_invisible_characters_are_taken_out_of_a_file_name() {
        byte[] pdf = TestFiles.pdf("Factuur");
        // shown as "invoicefdp.png" with the override in it
        AttachmentInfo stored = add("invoice\u202Egnp.pdf", pdf.length, new ByteArrayInputStream(pdf));
        assertThat(stored.fileName()).isEqualTo("invoicegnp.pdf");
        assertThat(add("ver\u200Bslag\u2066.pdf", pdf.length, new ByteArrayInputStream(pdf)).fileName())
                .isEqualTo("verslag.pdf");
    }

    @Test
    void an_empty_file_is_refused() {
        refused("leeg.pdf", new byte[0], "knowledge.attachment.empty");
    }

    @Test
    void an_oversize_file_is_refused_by_its_announced_size_and_by_what_arrives() {
        long max = attachments.maxBytes();
        assertThatThrownBy(() -> add("groot.pdf", max + 1, InputStream.nullInputStream()))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("too-large");
        byte[] pdf = TestFiles.pdf("Groot");
        InputStream endless = new java.io.SequenceInputStream(new ByteArrayInputStream(pdf),
                new ByteArrayInputStream(new byte[(int) max]));
        assertThatThrownBy(() -> add("groot.pdf", -1, endless))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("too-large");
        assertNothingStored();
    }

    @Test
    void an_executable_is_refused_whatever_it_is_called() {
        refused("draaiboek.pdf", TestFiles.elfExecutable(), "knowledge.attachment.executable");
        refused("draaiboek.pdf", TestFiles.windowsExecutable(), "knowledge.attachment.executable");
        refused("setup.exe", TestFiles.windowsExecutable(), "knowledge.attachment.executable");
        refused("draaiboek.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                "knowledge.attachment.executable");
    }

    @Test
    void a_real_pdf_and_docx_are_stored_with_checksum_and_found_by_a_word_inside() throws Exception {
        byte[] pdf = TestFiles.pdf("Avond vijf: nieuwe partners en samengestelde gezinnen");
        byte[] docx = TestFiles.docx("Werkblad loyaliteitsconflict", "Wat merkt mijn kind van de ruzie?");
        AttachmentInfo stored = add("draaiboek.pdf", pdf.length, new ByteArrayInputStream(pdf));
        add("werkblad.docx", docx.length, new ByteArrayInputStream(docx));

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(pdf)));
        assertThat(found("samengestelde")).containsExactly("draaiboek.pdf");
        assertThat(found("loyaliteitsconflict")).containsExactly("werkblad.docx");

        var out = new java.io.ByteArrayOutputStream();
        as(fatima, () -> attachments.download(stored.id(), out));
        assertThat(out.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void the_text_of_a_presentation_and_an_opendocument_is_found_too() {
        byte[] pptx = TestFiles.pptx("Ouderavond", "Dia over de kinderstoelwerkvorm");
        byte[] odt = TestFiles.odt("Handleiding voor de speelhoekenroute in de inloop");
        AttachmentInfo slides = add("presentatie.pptx", pptx.length, new ByteArrayInputStream(pptx));
        AttachmentInfo document = add("handleiding.odt", odt.length, new ByteArrayInputStream(odt));
        assertThat(slides.mediaType()).isEqualTo(AttachmentInspector.ALLOWED.get("pptx"));
        assertThat(document.mediaType()).isEqualTo(AttachmentInspector.ALLOWED.get("odt"));
        assertThat(found("kinderstoelwerkvorm")).containsExactly("presentatie.pptx");
        assertThat(found("speelhoekenroute")).containsExactly("handleiding.odt");
    }

    @Test
    void downloading_needs_a_signed_in_professional() {
        byte[] pdf = TestFiles.pdf("Draaiboek");
        AttachmentInfo stored = add("draaiboek.pdf", pdf.length, new ByteArrayInputStream(pdf));
        assertThatThrownBy(() -> attachments.download(stored.id(), java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private List<String> found(String word) {
        return as(fatima, () -> search.search(new SearchFilter(word, null, null, null, false, Items.only(marker)),
                PageRequest.of(0, 5))).stream().map(SearchHit::foundInAttachment).toList();
    }

    private void refused(String name, byte[] content, String messageKey) {
        assertThatThrownBy(() -> add(name, content.length, new ByteArrayInputStream(content)))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).messageKey()).isEqualTo(messageKey));
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_attachment WHERE item_id = ?", Long.class,
                itemId)).isZero();
        assertThat(as(fatima, () -> knowledge.get(itemId)).attachments()).isEmpty();
    }

    private AttachmentInfo add(String name, long size, InputStream content) {
        return as(fatima, () -> attachments.add(itemId, name, size, content));
    }
}
