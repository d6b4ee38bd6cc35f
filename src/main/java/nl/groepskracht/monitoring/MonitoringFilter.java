package nl.groepskracht.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;

/**
 * What the adviseur looks at: a period (first and last day, inclusive) and optionally one wijk,
 * theme, organisation (groups one of whose facilitators works there) or group.
 */
public record MonitoringFilter(LocalDate from, LocalDate to, Long wijkId, Long themeId, Long organisationId,
        Long groupId) {

    public MonitoringFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs a first day on or before its last day");
        }
    }

    public static MonitoringFilter period(LocalDate from, LocalDate to) {
        return new MonitoringFilter(from, to, null, null, null, null);
    }

    public MonitoringFilter withWijk(Long wijk) {
        return new MonitoringFilter(from, to, wijk, themeId, organisationId, groupId);
    }

    public MonitoringFilter withGroup(Long group) {
        return new MonitoringFilter(from, to, wijkId, themeId, organisationId, group);
    }

    Instant start() {
        return from.atStartOfDay(AppZone.ID).toInstant();
    }

    /** The moment after the last day. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(AppZone.ID).toInstant();
    }
}
