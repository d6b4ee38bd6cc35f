package nl.groepskracht.signup;

import java.util.List;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.SessionInfo;

/** A group as the public offer shows it: facts, coming sessions and places left. */
public record OfferCard(GroupDetails group, String themeName, String wijkName, String organisationName,
        List<SessionInfo> sessions, int placesLeft) {

    /** No session lies ahead any more: the group takes no sign-ups. */
    public boolean over() {
        return sessions.isEmpty();
    }

    public boolean walkIn() {
        return group.signupMode() == SignupMode.WALK_IN;
    }

    public boolean full() {
        return !walkIn() && placesLeft <= 0;
    }
}
