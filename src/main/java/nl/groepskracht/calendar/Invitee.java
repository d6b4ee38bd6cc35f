package nl.groepskracht.calendar;

import java.util.Locale;

/** Someone who gets a group's sessions in their calendar, in their own language. */
public record Invitee(String email, String name, Locale language) {
}
