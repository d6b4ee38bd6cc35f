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

    @Test
    void counts_agree_with_their_word_in_both_languages() {
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var dutch = nl.groepskracht.base.i18n.Languages.DUTCH;
        var en = java.util.Locale.UK;
        assertThat(messages.getMessage("monitoring.cell.groups", new Object[] {1L}, dutch))
                .isEqualTo("1 groep met een bijeenkomst");
        assertThat(messages.getMessage("monitoring.cell.reach", new Object[] {"afgeschermd", "80%", 5L}, dutch))
                .isEqualTo("afgeschermd gezinnen · opkomst 80%");
        assertThat(messages.getMessage("monitoring.cell.reach", new Object[] {"7", "80%", 7L}, en))
                .isEqualTo("7 families · attendance 80%");
        assertThat(messages.getMessage("monitoring.cell.reach", new Object[] {"–", "–", 0L}, en))
                .isEqualTo("– families · attendance –");
        assertThat(messages.getMessage("monitoring.cell.signals", new Object[] {"1", "1", 1, 1}, dutch))
                .isEqualTo("1 signaal (1 gezin)");
        assertThat(messages.getMessage("monitoring.cell.signals", new Object[] {"1", "3", 1, 3}, en))
                .isEqualTo("1 signal (3 families)");
        assertThat(messages.getMessage("monitoring.walk-in.beside", new Object[] {"1", "2", 1L, 2L}, dutch))
                .isEqualTo("en 1 kind, in 2 inloopbijeenkomsten");
        assertThat(messages.getMessage("monitoring.walk-in.beside", new Object[] {"3", "1", 3L, 1L}, en))
                .isEqualTo("and 3 children, in 1 walk-in session");
        assertThat(messages.getMessage("start.signups.taken", new Object[] {1, 1}, en)).isEqualTo("1 of 1 place taken");
        assertThat(messages.getMessage("offer.sessions", new Object[] {1}, en)).isEqualTo("once");
        assertThat(messages.getMessage("offer.sessions", new Object[] {8}, en)).isEqualTo("8 times");
    }
}
