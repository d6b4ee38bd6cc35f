package nl.groepskracht.security;

import java.util.List;

/**
 * The groups a professional leads, for the administrator who is about to deactivate the account:
 * which groups go on with another facilitator, and which would be left without one. The group
 * module, which builds on this one, implements it.
 */
public interface LedGroups {

    /** A group that is open or running (not a draft, closed or over), with its other active facilitators. */
    record LedGroup(long id, String name, List<String> otherFacilitators) {
    }

    List<LedGroup> ledBy(long accountId);
}
