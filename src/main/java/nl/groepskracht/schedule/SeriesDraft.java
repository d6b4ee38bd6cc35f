package nl.groepskracht.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.validator.constraints.Range;

/** A weekly series: from the first date, on a weekday, a number of sessions, skipping given dates. */
public class SeriesDraft extends WhereAndWhat {

    public static final int MAX_SESSIONS = 52;

    @NotNull(message = "{validation.required}")
    private LocalDate firstDate;
    @NotNull(message = "{validation.required}")
    private DayOfWeek weekday;
    @NotNull(message = "{validation.required}")
    private LocalTime startTime;
    @NotNull(message = "{validation.required}")
    @Range(min = 15, max = 480, message = "{series.duration.range}")
    private Integer durationMinutes = 90;
    @NotNull(message = "{validation.required}")
    @Range(min = 1, max = MAX_SESSIONS, message = "{series.count.range}")
    private Integer count = 8;
    private Set<LocalDate> skipDates = new HashSet<>();

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Set<LocalDate> getSkipDates() {
        return skipDates;
    }

    public void setSkipDates(Set<LocalDate> skipDates) {
        this.skipDates = skipDates == null ? new HashSet<>() : new HashSet<>(skipDates);
    }

}
