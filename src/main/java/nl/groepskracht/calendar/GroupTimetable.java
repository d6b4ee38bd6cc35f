package nl.groepskracht.calendar;

import java.util.List;
import nl.groepskracht.schedule.SessionInfo;

/**
 * What a group's calendar object is made of: its stable UID, the SEQUENCE of this message (it rises
 * with every message about the group, whoever gets it), its name and facilitators, all its sessions.
 */
record GroupTimetable(long groupId, String uid, int sequence, String name, List<String> facilitatorNames,
        List<SessionInfo> sessions) {
}
