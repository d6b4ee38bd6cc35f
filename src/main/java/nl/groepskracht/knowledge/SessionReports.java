package nl.groepskracht.knowledge;

import nl.groepskracht.attendance.SessionSummaries;
import nl.groepskracht.attendance.SessionSummaries.SessionSummary;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Verslag schrijven" on an attendance sheet: a session report linked to the group and session,
 * started from the date, the number of parents present and the session note (never names).
 */
@Service
public class SessionReports {

    private final SessionSummaries summaries;
    private final GroupService groups;

    SessionReports(SessionSummaries summaries, GroupService groups) {
        this.summaries = summaries;
        this.groups = groups;
    }

    /** What the report starts from; the editor turns it into text with the report template. */
    public record ReportStart(KnowledgeDraft draft, String groupName, SessionSummary summary) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public ReportStart start(long sessionId) {
        SessionSummary summary = summaries.summary(sessionId);
        GroupDetails group = groups.get(summary.session().groupId());
        var draft = new KnowledgeDraft();
        draft.setKind(KnowledgeKind.SESSIEVERSLAG);
        draft.setThemeId(group.themeId());
        draft.setWijkId(group.wijkId());
        draft.setGroupId(group.id());
        draft.setSessionId(sessionId);
        return new ReportStart(draft, group.name(), summary);
    }
}
