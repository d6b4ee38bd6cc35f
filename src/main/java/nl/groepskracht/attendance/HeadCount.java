package nl.groepskracht.attendance;

import nl.groepskracht.base.FieldValidationException;

/** Who came to a walk-in session: adults, children, and how many adults came for the first time. */
public record HeadCount(Integer adults, Integer children, Integer firstTimers) {

    static final int MAX = 200;
    static final HeadCount NONE = new HeadCount(0, 0, 0);

    /** One of the three numbers; its name is the field the sheet shows it in. */
    public enum Part {
        ADULTS("adults"), CHILDREN("children"), FIRST_TIMERS("firstTimers");

        private final String field;

        Part(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public int get(Part part) {
        Integer value = switch (part) {
            case ADULTS -> adults;
            case CHILDREN -> children;
            case FIRST_TIMERS -> firstTimers;
        };
        return value == null ? 0 : value;
    }

    HeadCount with(Part part, int value) {
        return switch (part) {
            case ADULTS -> new HeadCount(value, children, firstTimers);
            case CHILDREN -> new HeadCount(adults, value, firstTimers);
            case FIRST_TIMERS -> new HeadCount(adults, children, value);
        };
    }

    /** Refuses numbers out of range, and more first-timers than adults, at the field concerned. */
    void check() {
        check(adults, Part.ADULTS);
        check(children, Part.CHILDREN);
        check(firstTimers, Part.FIRST_TIMERS);
        if (firstTimers > adults) {
            throw new FieldValidationException(Part.FIRST_TIMERS.field(), "attendance.first-timers.too-many");
        }
    }

    private static void check(Integer value, Part part) {
        if (value == null || value < 0 || value > MAX) {
            throw new FieldValidationException(part.field(), "attendance.count.range", MAX);
        }
    }
}
