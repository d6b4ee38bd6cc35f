package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.monitoring.MonitoringFilter;

/** The dashboard's selection in a drill-down link: {@code ?van=2025-08-01&tot=2026-07-31&thema=2&organisatie=5}. */
final class FilterParameters {

    private FilterParameters() {
    }

    static QueryParameters of(MonitoringFilter filter) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("van", List.of(filter.from().toString()));
        values.put("tot", List.of(filter.to().toString()));
        if (filter.themeId() != null) {
            values.put("thema", List.of(filter.themeId().toString()));
        }
        if (filter.organisationId() != null) {
            values.put("organisatie", List.of(filter.organisationId().toString()));
        }
        return new QueryParameters(values);
    }

    /** The selection of a link; the given default where a value is missing or malformed. */
    static MonitoringFilter read(QueryParameters query, MonitoringFilter fallback) {
        try {
            LocalDate from = date(query, "van", fallback.from());
            LocalDate to = date(query, "tot", fallback.to());
            return new MonitoringFilter(from, to, fallback.wijkId(), id(query, "thema"), id(query, "organisatie"),
                    fallback.groupId());
        } catch (RuntimeException malformed) {
            return fallback;
        }
    }

    private static LocalDate date(QueryParameters query, String name, LocalDate fallback) {
        return query.getSingleParameter(name).map(LocalDate::parse).orElse(fallback);
    }

    private static Long id(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(Long::valueOf).orElse(null);
    }
}
