package nl.groepskracht.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.groepskracht.base.AppZone;
import org.junit.jupiter.api.Test;

/** One way to write each kind of date, with every month abbreviated alike. */
class DatesTest {

    @Test
    void a_day_has_three_letter_months_in_both_languages() {
        for (Month month : Month.values()) {
            String dutch = Dates.day(Languages.DUTCH).format(LocalDate.of(2026, month, 4));
            String english = Dates.day(Locale.UK).format(LocalDate.of(2026, month, 4));
            assertThat(dutch).matches("4 [a-z]{3} 2026");
            assertThat(english).matches("4 [A-Z][a-z]{2} 2026");
        }
        assertThat(Dates.day(Locale.UK).format(LocalDate.of(2026, 9, 4))).isEqualTo("4 Sep 2026");
        assertThat(Dates.day(Locale.ENGLISH).format(LocalDate.of(2026, 7, 14))).as("British order")
                .isEqualTo("14 Jul 2026");
        assertThat(Dates.day(Languages.DUTCH).format(LocalDate.of(2026, 3, 4))).isEqualTo("4 mrt 2026");
    }

    @Test
    void a_moment_is_the_day_and_the_time_to_the_second_in_amsterdam() {
        var moment = ZonedDateTime.of(2026, 12, 4, 21, 6, 41, 0, AppZone.ID).toInstant();
        assertThat(Dates.moment(Languages.DUTCH).format(moment)).isEqualTo("4 dec 2026, 21:06:41");
        assertThat(Dates.moment(Locale.UK).format(moment)).isEqualTo("4 Dec 2026, 21:06:41");
    }
}
