package nl.groepskracht.holidays;

/**
 * Why a day may be a poor day for a group: a public holiday ({@code nameKey} a translation key) or a
 * school holiday (its name as the administrator wrote it, {@code nameKey} null).
 */
public record DayNote(Kind kind, String nameKey, String name) {

    public enum Kind {
        PUBLIC_HOLIDAY, SCHOOL_HOLIDAY
    }
}
