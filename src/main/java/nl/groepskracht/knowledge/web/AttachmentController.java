package nl.groepskracht.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.groepskracht.knowledge.AttachmentInfo;
import nl.groepskracht.knowledge.KnowledgeAttachments;
import nl.groepskracht.knowledge.KnowledgeNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Downloads an attachment with its original name, for signed-in professionals only (the portal's
 * security chain and the service both check). The name goes into {@code Content-Disposition} RFC
 * 6266-encoded, so no name can break the header; the type is the one detected at upload.
 */
@Controller
class AttachmentController {

    private final KnowledgeAttachments attachments;

    AttachmentController(KnowledgeAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/kennis/bijlagen/{id}")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        AttachmentInfo file = attachments.info(id);
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        attachments.download(id, response.getOutputStream());
    }

    @ExceptionHandler(KnowledgeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // an unknown attachment is a plain 404
    }
}
