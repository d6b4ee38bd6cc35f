package nl.groepskracht.knowledge;

import nl.groepskracht.attendance.SessionSummaries;
import nl.groepskracht.attendance.SessionSummaries.SessionSummary;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.signup.ParentNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Verslag schrijven" on an attendance sheet: a session report linked to the group and session,
 * started from the date, the number of parents present and the session note — with every name of the
 * group's parents in the note blanked: the report is for every professional, and its versions stay.
 */
@Service
public class SessionReports {

    private final SessionSummaries summaries;
    private final GroupService groups;
    private final ParentNames names;

    SessionReports(SessionSummaries summaries, GroupService groups, ParentNames names) {
        this.summaries = summaries;
        this.groups = groups;
        this.names = names;
    }

    /** What the report starts from; the editor turns it into text with the report template ({@code nameBlank} replaces names). */
    public record ReportStart(KnowledgeDraft draft, String groupName, SessionSummary summary) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public ReportStart start(long sessionId, String nameBlank) {
        SessionSummary found = summaries.summary(sessionId);
        GroupDetails group = groups.get(found.session().groupId());
        var summary = new SessionSummary(found.session(), found.present(), found.withPlace(), found.headCount(),
                names.withoutNames(group.id(), found.note(), nameBlank));
        var draft = new KnowledgeDraft();
        draft.setKind(KnowledgeKind.SESSIEVERSLAG);
        draft.setThemeId(group.themeId());
        draft.setWijkId(group.wijkId());
        draft.setGroupId(group.id());
        draft.setSessionId(sessionId);
        return new ReportStart(draft, group.name(), summary);
    }
}
