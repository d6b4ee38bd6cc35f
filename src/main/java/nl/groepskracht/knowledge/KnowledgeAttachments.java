package nl.groepskracht.knowledge;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import nl.groepskracht.security.Professional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of an item: the author (or the adviseur) adds them after {@link AttachmentInspector}
 * accepted the file; every professional downloads them. A refused file leaves nothing behind.
 */
@Service
public class KnowledgeAttachments {

    private final KnowledgeAttachmentRepository attachments;
    private final AttachmentStore store;
    private final AttachmentInspector inspector;
    private final KnowledgeService service;
    private final KnowledgeAccess access;
    private final Clock clock;

    KnowledgeAttachments(KnowledgeAttachmentRepository attachments, AttachmentStore store,
            AttachmentInspector inspector, KnowledgeService service, KnowledgeAccess access, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.inspector = inspector;
        this.service = service;
        this.access = access;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes (the upload field tells the browser too). */
    @nl.groepskracht.base.AccessRule("anyone: a setting (the upload field's limit)")
    public long maxBytes() {
        return inspector.maxBytes();
    }

    /**
     * Checks and stores one file. {@code declaredSize} is the size the browser announced (-1 when
     * unknown); a larger one is refused before anything is read.
     */
    @Transactional
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public AttachmentInfo add(long itemId, String fileName, long declaredSize, InputStream content) {
        KnowledgeItem item = service.find(itemId);
        Professional me = access.requireEditor(item);
        InspectedFile file = inspector.inspect(fileName, declaredSize, content);
        var attachment = attachments.saveAndFlush(new KnowledgeAttachment(item, file, me.id(), clock.instant()));
        store.write(attachment.getId(), file.content());
        item.getAttachments().add(attachment);
        return attachment.toInfo();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public AttachmentInfo info(long attachmentId) {
        return find(attachmentId).toInfo();
    }

    /** Writes the file's bytes, as stored, to {@code out}. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public void download(long attachmentId, OutputStream out) {
        find(attachmentId);
        store.copyTo(attachmentId, out);
    }

    private KnowledgeAttachment find(long attachmentId) {
        return attachments.findById(attachmentId)
                .orElseThrow(() -> new KnowledgeNotFoundException("attachment " + attachmentId));
    }
}
