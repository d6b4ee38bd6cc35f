package nl.groepskracht.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.SubmissionKey;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The short thread under an item: questions to the colleague who wrote it. Any professional writes. */
@Service
public class KnowledgeComments {

    public static final int MAX = 2000;
    private final KnowledgeCommentRepository comments;
    private final KnowledgeService service;
    private final KnowledgeAccess access;
    private final ProfessionalDirectory professionals;
    private final Submissions submissions;
    private final Clock clock;

    KnowledgeComments(KnowledgeCommentRepository comments, KnowledgeService service, KnowledgeAccess access,
            ProfessionalDirectory professionals, Submissions submissions, Clock clock) {
        this.comments = comments;
        this.service = service;
        this.access = access;
        this.professionals = professionals;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** Oldest first, as a conversation reads. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<CommentInfo> comments(long itemId) {
        service.find(itemId);
        List<KnowledgeComment> all = comments.findByItemIdOrderByCreatedAtAscIdAsc(itemId);
        Map<Long, String> names = professionals.findAll(all.stream().map(KnowledgeComment::getAuthorId)
                .distinct().toList()).stream().collect(Collectors.toMap(Professional::id, Professional::name));
        return all.stream().map(c -> c.toInfo(names.getOrDefault(c.getAuthorId(), "?"))).toList();
    }

    @Transactional
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public long add(long itemId, String text) {
        return add(itemId, text, SubmissionKey.fresh());
    }

    /** A comment, once per submission of the comment field (a second click adds nothing). */
    @Transactional
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public long add(long itemId, String text, SubmissionKey submission) {
        service.find(itemId);
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty()) {
            throw new FieldValidationException("comment", "validation.required");
        }
        if (comment.length() > MAX) {
            throw new FieldValidationException("comment", "knowledge.comment.too-long", MAX);
        }
        long author = access.me().id();
        return submissions.once(submission, "comment", () -> comments.save(new KnowledgeComment(itemId, author,
                comment, clock.instant())).getId()).id();
    }
}
