package nl.groepskracht.attendance;

import java.util.List;
import nl.groepskracht.schedule.SessionInfo;

/** What the attendance screens show. */
public final class AttendanceViews {

    private AttendanceViews() {
    }

    /** A session on the facilitator's "Vandaag" list. */
    public record RecentSession(SessionInfo session, String groupName) {
    }

    /** One parent on the sheet, with their phone number (may be null) and the status recorded so far (null: not yet). */
    public record SheetLine(long registrationId, String name, String phone, AttendanceStatus status) {
    }

    /** The sheet as stored now, without names: what another tablet's change is shown from. */
    public record SheetState(java.util.Map<Long, AttendanceStatus> marks, HeadCount headCount, String note,
            int noteVersion) {
    }

    /**
     * The attendance sheet of one session: names, or a head count for a walk-in group; and the note.
     * {@code recordable}: it can be filled in now (from an hour before the start, not when cancelled).
     */
    public record Sheet(SessionInfo session, String groupName, boolean walkIn, List<SheetLine> lines,
            HeadCount headCount, String note, int noteVersion, boolean recordable) {
    }

    public record SessionFigure(SessionInfo session, int present, int recorded, HeadCount headCount) {
    }

    /**
     * A parent's attendance: present at {@code attended} of the {@code held} sessions held while they had a
     * place (the opkomst's "expected", so the parents' figures add up to the group's opkomst); flagged after
     * two unexcused absences in a row (call them).
     */
    public record ParentFigure(long registrationId, String name, String phone, int attended, int held,
            int unexcusedInARow) {

        public boolean flagged() {
            return unexcusedInARow >= Absences.FLAG_AFTER;
        }
    }

    /**
     * A group's attendance. {@code withNames}: the reader facilitates the group and sees the per-parent
     * table; others (the adviseur) see the figures without names.
     */
    public record GroupFigures(String groupName, boolean walkIn, boolean withNames, int sessionsHeld,
            double attendanceRate, int dropOuts, List<SessionFigure> sessions, List<ParentFigure> parents) {

        public boolean anyFlagged() {
            return parents.stream().anyMatch(ParentFigure::flagged);
        }
    }
}
