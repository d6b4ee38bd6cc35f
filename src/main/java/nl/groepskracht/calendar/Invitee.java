package nl.groepskracht.calendar;

import java.util.Locale;

/**
 * Someone who gets a group's sessions in their calendar, in their own language. Professionals'
 * invites name the group (their work calendar); parents' invites stay neutral.
 */
public record Invitee(String email, String name, Locale language, boolean professional) {
}
