package nl.groepskracht.monitoring;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The periods the dashboard offers; a school year runs from 1 August to 31 July. */
public enum PeriodChoice {
    SCHOOL_YEAR, PREVIOUS_SCHOOL_YEAR, QUARTER, PREVIOUS_QUARTER, YEAR, PREVIOUS_YEAR, CUSTOM;

    /** First and last day of this period around {@code today} (CUSTOM: the current school year to start from). */
    public LocalDate[] range(LocalDate today) {
        return switch (this) {
            case SCHOOL_YEAR, CUSTOM -> schoolYear(today);
            case PREVIOUS_SCHOOL_YEAR -> schoolYear(today.minusYears(1));
            case QUARTER -> quarter(today);
            case PREVIOUS_QUARTER -> quarter(today.minusMonths(3));
            case YEAR -> new LocalDate[] {today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())};
            case PREVIOUS_YEAR -> YEAR.range(today.minusYears(1));
        };
    }

    public static LocalDate[] schoolYear(LocalDate day) {
        int startYear = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        return new LocalDate[] {LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 7, 31)};
    }

    private static LocalDate[] quarter(LocalDate day) {
        LocalDate first = day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
    }
}
