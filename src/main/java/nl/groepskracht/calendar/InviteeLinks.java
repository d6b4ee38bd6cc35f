package nl.groepskracht.calendar;

import java.util.Optional;

/**
 * The link to "Mijn aanmeldingen" for a parent the calendar module writes to (a session moved or
 * cancelled, a reminder): the sign-up module, which knows the parents, provides it. A link is made only
 * when a mail is actually written.
 */
public interface InviteeLinks {

    /** The parent's personal page, opening in their language; empty for someone who is no parent. */
    Optional<String> personalPage(Invitee invitee);
}
