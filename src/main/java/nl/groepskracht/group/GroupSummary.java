package nl.groepskracht.group;

import java.time.LocalDate;

/** A line in the group list. */
public record GroupSummary(long id, String name, long themeId, long wijkId, GroupStatus status,
        SignupMode signupMode, Integer capacity, LocalDate startsOn, LocalDate endsOn) {
}
