package nl.groepskracht.signup;

import java.util.List;
import nl.groepskracht.group.GroupContact;
import nl.groepskracht.schedule.SessionInfo;

/**
 * What a parent is told about a group they joined, on the page after confirming and in "u bent
 * aangemeld": its coming sessions (each with its own address when it meets elsewhere), the address, and
 * whom to call. The name, address and contact are the facilitator's own (Dutch) words.
 */
public record GroupFacts(long groupId, String name, String location, GroupContact contact,
        List<SessionInfo> coming) {
}
