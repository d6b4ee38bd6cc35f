package nl.groepskracht.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.groepskracht.base.AppZone;

/**
 * What the adviseur looks at: a period (first and last day, inclusive) and optionally one wijk,
 * theme, organisation (groups one of whose facilitators works there) or group; or several wijken and
 * themes at once (the impact report). Empty sets mean "all".
 */
public record MonitoringFilter(LocalDate from, LocalDate to, Long wijkId, Long themeId, Long organisationId,
        Long groupId, Set<Long> wijkIds, Set<Long> themeIds) {

    public MonitoringFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs a first day on or before its last day");
        }
        wijkIds = wijkIds == null ? Set.of() : Set.copyOf(wijkIds);
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    }

    public MonitoringFilter(LocalDate from, LocalDate to, Long wijkId, Long themeId, Long organisationId,
            Long groupId) {
        this(from, to, wijkId, themeId, organisationId, groupId, Set.of(), Set.of());
    }

    public static MonitoringFilter period(LocalDate from, LocalDate to) {
        return new MonitoringFilter(from, to, null, null, null, null);
    }

    public MonitoringFilter withWijk(Long wijk) {
        return new MonitoringFilter(from, to, wijk, themeId, organisationId, groupId, wijkIds, themeIds);
    }

    public MonitoringFilter withTheme(Long theme) {
        return new MonitoringFilter(from, to, wijkId, theme, organisationId, groupId, wijkIds, themeIds);
    }

    public MonitoringFilter withGroup(Long group) {
        return new MonitoringFilter(from, to, wijkId, themeId, organisationId, group, wijkIds, themeIds);
    }

    /** The same selection over other days (a month of the period). */
    public MonitoringFilter between(LocalDate first, LocalDate last) {
        return new MonitoringFilter(first, last, wijkId, themeId, organisationId, groupId, wijkIds, themeIds);
    }

    /** The same period without any selection (the period's own tables, which suppression protects). */
    public MonitoringFilter wholePeriod() {
        return period(from, to);
    }

    /** Only groups in one of these wijken and of one of these themes (empty: all). */
    public MonitoringFilter within(Set<Long> wijken, Set<Long> themes) {
        return new MonitoringFilter(from, to, wijkId, themeId, organisationId, groupId, wijken, themes);
    }

    /**
     * The filter as SQL conditions on groups (aliased {@code g}), each starting with AND; the named
     * parameters come from {@link #groupParameters()}. For modules that report on the same selection.
     */
    public String groupConditions() {
        return (wijkId == null ? "" : " AND g.wijk_id = :wijk")
                + (themeId == null ? "" : " AND g.theme_id = :theme")
                + (groupId == null ? "" : " AND g.id = :group")
                + (wijkIds.isEmpty() ? "" : " AND g.wijk_id IN (:wijken)")
                + (themeIds.isEmpty() ? "" : " AND g.theme_id IN (:themes)")
                + (organisationId == null ? "" : " AND EXISTS (SELECT 1 FROM group_facilitator gf"
                        + " JOIN user_account u ON u.id = gf.user_id WHERE gf.group_id = g.id"
                        + " AND u.organisation_id = :organisation)");
    }

    public org.springframework.jdbc.core.namedparam.MapSqlParameterSource groupParameters() {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("wijk", wijkId)
                .addValue("theme", themeId).addValue("group", groupId).addValue("organisation", organisationId)
                .addValue("wijken", wijkIds.isEmpty() ? null : wijkIds)
                .addValue("themes", themeIds.isEmpty() ? null : themeIds);
    }

    public Instant start() {
        return from.atStartOfDay(AppZone.ID).toInstant();
    }

    /** The moment after the last day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(AppZone.ID).toInstant();
    }
}
