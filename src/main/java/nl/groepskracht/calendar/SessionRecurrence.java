package nl.groepskracht.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.schedule.SessionInfo;

/**
 * A group's planned sessions as one recurring event (RFC 5545), the form Outlook, Gmail and Apple
 * Calendar all apply: the first session is the master; a weekly rule (all sessions on one weekday)
 * or a daily rule (otherwise) runs at its time until the last session's date; dates without a
 * session are EXDATEs; a session at another time, of another length or elsewhere is an override
 * with a RECURRENCE-ID (its date at the master's time). Cancelled sessions are simply not in the
 * set. A group has at most one session a day, so every session has its own occurrence.
 */
record SessionRecurrence(SessionInfo master, String frequency, ZonedDateTime until, List<ZonedDateTime> exdates,
        List<Occurrence> overrides) {

    record Occurrence(ZonedDateTime recurrenceId, SessionInfo session) {
    }

    /** Empty when no session is planned (then the whole event is cancelled). */
    static Optional<SessionRecurrence> of(List<SessionInfo> sessions) {
        List<SessionInfo> planned = sessions.stream().filter(s -> !s.isCancelled())
                .sorted(Comparator.comparing(SessionInfo::start)).toList();
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        SessionInfo first = planned.getFirst();
        if (planned.size() == 1) {
            return Optional.of(new SessionRecurrence(first, null, null, List.of(), List.of()));
        }
        LocalTime time = local(first).toLocalTime();
        boolean weekly = planned.stream().allMatch(s -> local(s).getDayOfWeek() == local(first).getDayOfWeek());
        Set<LocalDate> dates = planned.stream().map(s -> local(s).toLocalDate()).collect(Collectors.toSet());
        LocalDate last = local(planned.getLast()).toLocalDate();
        List<ZonedDateTime> exdates = new ArrayList<>();
        for (LocalDate date = local(first).toLocalDate(); !date.isAfter(last);
                date = weekly ? date.plusWeeks(1) : date.plusDays(1)) {
            if (!dates.contains(date)) {
                exdates.add(date.atTime(time).atZone(AppZone.ID));
            }
        }
        List<Occurrence> overrides = planned.stream().skip(1).filter(s -> differs(s, first))
                .map(s -> new Occurrence(local(s).toLocalDate().atTime(time).atZone(AppZone.ID), s)).toList();
        return Optional.of(new SessionRecurrence(first, weekly ? "WEEKLY" : "DAILY",
                last.atTime(time).atZone(AppZone.ID), exdates, overrides));
    }

    private static boolean differs(SessionInfo session, SessionInfo master) {
        return !local(session).toLocalTime().equals(local(master).toLocalTime())
                || !duration(session).equals(duration(master))
                || !Objects.equals(session.location(), master.location());
    }

    private static ZonedDateTime local(SessionInfo session) {
        return session.start().withZoneSameInstant(AppZone.ID);
    }

    private static Duration duration(SessionInfo session) {
        return Duration.between(session.start(), session.end());
    }
}
