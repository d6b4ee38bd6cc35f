package nl.groepskracht.group;

/** How many parents hold a place, implemented by the sign-up module (which depends on this one). */
public interface Enrolments {

    int confirmedCount(long groupId);
}
