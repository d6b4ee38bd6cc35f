package nl.groepskracht.calendar;

import java.time.ZonedDateTime;
import java.util.List;
import nl.groepskracht.schedule.SessionInfo;

/** What changed in a group's calendar, for the text of the one message each invitee gets about it. */
record CalendarChange(Kind kind, List<SessionInfo> sessions, ZonedDateTime previousStart) {

    enum Kind {
        /** sessions were planned */
        PLANNED,
        /** one session moved or changed place */
        CHANGED,
        /** one session does not take place */
        CANCELLED,
        /** the group was closed: its coming sessions do not take place */
        CLOSED,
        /** a professional became facilitator */
        JOINED,
        /** a professional stopped facilitating */
        LEFT
    }

    String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
