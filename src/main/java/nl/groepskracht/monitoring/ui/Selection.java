package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.PeriodChoice;

/**
 * The dashboard's selection as it lives in the URL, so a view can be bookmarked, sent to a colleague
 * and returned to with Back: {@code ?periode=vorig-schooljaar&wijk=3&thema=2&organisatie=5}, or with
 * dates of one's own {@code ?periode=eigen&van=2026-01-15&tot=2026-03-20}. A relative period
 * (schooljaar, kwartaal...) stays relative: the link shows the then current one. Whatever is missing
 * or malformed falls back to the default (this school year, everything).
 */
record Selection(PeriodChoice period, LocalDate from, LocalDate to, Long wijk, Long theme, Long organisation) {

    static final String PERIOD = "periode";
    static final String FROM = "van";
    static final String TO = "tot";
    static final String WIJK = "wijk";
    static final String THEME = "thema";
    static final String ORGANISATION = "organisatie";

    private static final Map<PeriodChoice, String> SLUGS = Map.of(PeriodChoice.SCHOOL_YEAR, "schooljaar",
            PeriodChoice.PREVIOUS_SCHOOL_YEAR, "vorig-schooljaar", PeriodChoice.QUARTER, "kwartaal",
            PeriodChoice.PREVIOUS_QUARTER, "vorig-kwartaal", PeriodChoice.YEAR, "jaar", PeriodChoice.PREVIOUS_YEAR,
            "vorig-jaar", PeriodChoice.CUSTOM, "eigen");

    static Selection read(QueryParameters query, LocalDate today) {
        Optional<LocalDate> from = date(query, FROM);
        Optional<LocalDate> to = date(query, TO);
        PeriodChoice period = query.getSingleParameter(PERIOD).flatMap(slug -> SLUGS.entrySet().stream()
                .filter(e -> e.getValue().equals(slug)).map(Map.Entry::getKey).findFirst())
                .orElse(from.isPresent() || to.isPresent() ? PeriodChoice.CUSTOM : PeriodChoice.SCHOOL_YEAR);
        return of(period, from.orElse(null), to.orElse(null), today, id(query, WIJK), id(query, THEME),
                id(query, ORGANISATION));
    }

    /** A selection; a relative period's dates follow from today, a custom one's empty dates too. */
    static Selection of(PeriodChoice period, LocalDate from, LocalDate to, LocalDate today, Long wijk, Long theme,
            Long organisation) {
        LocalDate[] range = period.range(today);
        LocalDate first = period == PeriodChoice.CUSTOM && from != null ? from : range[0];
        LocalDate last = period == PeriodChoice.CUSTOM && to != null ? to : range[1];
        return last.isBefore(first) ? new Selection(period, last, first, wijk, theme, organisation)
                : new Selection(period, first, last, wijk, theme, organisation);
    }

    MonitoringFilter filter() {
        return new MonitoringFilter(from, to, wijk, theme, organisation, null);
    }

    /** The period only (a group's page: the group is the whole selection). */
    MonitoringFilter periodOnly() {
        return MonitoringFilter.period(from, to);
    }

    Selection withWijk(Long id) {
        return new Selection(period, from, to, id, theme, organisation);
    }

    Selection withTheme(Long id) {
        return new Selection(period, from, to, wijk, id, organisation);
    }

    Selection withOrganisation(Long id) {
        return new Selection(period, from, to, wijk, theme, id);
    }

    QueryParameters query() {
        return new InOrder(values());
    }

    /** The address of a view with this selection, e.g. {@code monitoring?periode=schooljaar&thema=2}. */
    String url(String path) {
        return path + "?" + query().getQueryString();
    }

    private Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(PERIOD, List.of(SLUGS.get(period)));
        if (period == PeriodChoice.CUSTOM) {
            values.put(FROM, List.of(from.toString()));
            values.put(TO, List.of(to.toString()));
        }
        put(values, WIJK, wijk);
        put(values, THEME, theme);
        put(values, ORGANISATION, organisation);
        return values;
    }

    /**
     * Query parameters that keep the order they were given in (Vaadin's keep none, so the address bar and
     * every link of one selection read the same: {@code periode}, {@code van}, {@code tot}, then the filters).
     */
    private static final class InOrder extends QueryParameters {

        private final String queryString;

        InOrder(Map<String, List<String>> values) {
            super(values);
            queryString = String.join("&", values.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue().getFirst(), StandardCharsets.UTF_8)).toList());
        }

        @Override
        public String getQueryString() {
            return queryString;
        }
    }

    private static void put(Map<String, List<String>> values, String name, Long id) {
        if (id != null) {
            values.put(name, List.of(id.toString()));
        }
    }

    private static Optional<LocalDate> date(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse)
                    .filter(d -> d.getYear() >= 2000 && d.getYear() <= 2100);
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    private static Long id(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }
}
