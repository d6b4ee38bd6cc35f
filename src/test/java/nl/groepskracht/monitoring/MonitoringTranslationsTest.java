package nl.groepskracht.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.groepskracht.signup.Toeleiding;
import org.junit.jupiter.api.Test;

/** The texts the monitoring builds from codes (periods, answers, statuses, figures) exist in both languages. */
class MonitoringTranslationsTest {

    @Test
    void every_code_the_dashboard_shows_has_a_dutch_and_an_english_text() throws Exception {
        List<String> keys = new ArrayList<>();
        for (PeriodChoice period : PeriodChoice.values()) {
            keys.add("monitoring.period." + period.name());
        }
        for (Toeleiding answer : Toeleiding.values()) {
            keys.add("toeleiding." + answer.name());
        }
        for (SignalStatus status : SignalStatus.values()) {
            keys.add("demand.status." + status.name());
        }
        for (String figure : FigureKeys.ALL) {
            keys.add("monitoring.figure." + figure);
            keys.add("monitoring.def." + figure);
        }
        for (String table : List.of("headline", "group", "matrix", "trends", "unmet", "groups", "verdicts-groups",
                "verdicts-themes")) {
            keys.add("monitoring.csv." + table);
            keys.add("monitoring.csv.file." + table);
        }
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            var texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).allSatisfy(key -> assertThat(texts).as(file).containsKey(key));
        }
    }

    @Test
    void a_school_year_runs_from_august_to_july() {
        assertThat(PeriodChoice.schoolYear(java.time.LocalDate.of(2026, 7, 31)))
                .containsExactly(java.time.LocalDate.of(2025, 8, 1), java.time.LocalDate.of(2026, 7, 31));
        assertThat(PeriodChoice.PREVIOUS_QUARTER.range(java.time.LocalDate.of(2026, 2, 10)))
                .containsExactly(java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2025, 12, 31));
    }
}
