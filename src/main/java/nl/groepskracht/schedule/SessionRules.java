package nl.groepskracht.schedule;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.FieldValidationException;
import org.springframework.stereotype.Component;

/**
 * When a session may be planned: it ends after it starts, lies in the future but not more than two
 * years ahead, does not overlap another planned session of the same group, and is the group's only
 * session that day (each session is one occurrence of the group's calendar event, keyed by its date).
 */
@Component
class SessionRules {

    static final int MAX_YEARS_AHEAD = 2;
    private final GroupSessionRepository sessions;
    private final Clock clock;

    SessionRules(GroupSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The translation key of the first rule the slot breaks, or null when it may be planned. */
    String problem(long groupId, TimeSlot slot, Long ignoreSessionId) {
        if (!slot.end().isAfter(slot.start())) {
            return "session.end-before-start";
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(AppZone.ID);
        if (!slot.start().isAfter(now)) {
            return "session.in-past";
        }
        if (slot.start().isAfter(now.plusYears(MAX_YEARS_AHEAD))) {
            return "session.too-far";
        }
        List<GroupSession> clashes = sessions.plannedOverlapping(groupId, slot.start().toInstant(),
                slot.end().toInstant());
        boolean overlaps = clashes.stream().anyMatch(s -> !s.getId().equals(ignoreSessionId));
        if (overlaps) {
            return "session.overlap";
        }
        ZonedDateTime day = slot.start().toLocalDate().atStartOfDay(AppZone.ID);
        boolean sameDay = sessions.plannedOverlapping(groupId, day.toInstant(), day.plusDays(1).toInstant()).stream()
                .anyMatch(s -> !s.getId().equals(ignoreSessionId) && !s.getStartsAt().isBefore(day.toInstant()));
        return sameDay ? "session.same-day" : null;
    }

    /** Throws at the field the person has to change. */
    void check(long groupId, TimeSlot slot, Long ignoreSessionId) {
        String problem = problem(groupId, slot, ignoreSessionId);
        if (problem != null) {
            throw new FieldValidationException(fieldOf(problem), problem);
        }
    }

    boolean hasStarted(GroupSession session) {
        return !session.getStartsAt().isAfter(clock.instant());
    }

    private static String fieldOf(String problem) {
        return switch (problem) {
            case "session.end-before-start" -> "endTime";
            case "session.overlap" -> "startTime";
            case "session.same-day" -> "date";
            default -> "date";
        };
    }
}
