package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import nl.groepskracht.knowledge.AttachmentInfo;
import nl.groepskracht.knowledge.KnowledgeAttachments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Serves one attachment from the signed-in portal session (the service checks the reader) with its
 * original name, RFC 6266-encoded in {@code Content-Disposition} so no name can break the header, and
 * the type that was detected from its content at upload.
 */
class AttachmentDownload implements DownloadHandler {

    private final KnowledgeAttachments attachments;
    private final long attachmentId;

    AttachmentDownload(KnowledgeAttachments attachments, long attachmentId) {
        this.attachments = attachments;
        this.attachmentId = attachmentId;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) {
        AttachmentInfo file = attachments.info(attachmentId);
        event.setContentType(file.mediaType());
        event.setContentLength(file.sizeBytes());
        // Spring Security already sends X-Content-Type-Options: nosniff with every response
        event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()));
        attachments.download(attachmentId, event.getOutputStream());
    }

    static String contentDisposition(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
