package nl.groepskracht.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import nl.groepskracht.base.AppZone;

/** A start and end on one day in Europe/Amsterdam. */
record TimeSlot(ZonedDateTime start, ZonedDateTime end) {

    static TimeSlot of(LocalDate date, LocalTime start, LocalTime end) {
        return new TimeSlot(date.atTime(start).atZone(AppZone.ID), date.atTime(end).atZone(AppZone.ID));
    }

    boolean overlaps(java.time.Instant otherStart, java.time.Instant otherEnd) {
        return start.toInstant().isBefore(otherEnd) && otherStart.isBefore(end.toInstant());
    }
}
