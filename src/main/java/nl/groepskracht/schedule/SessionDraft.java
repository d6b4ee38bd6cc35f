package nl.groepskracht.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session as the form fills it in (Europe/Amsterdam local date and times). */
public class SessionDraft extends WhereAndWhat {

    @NotNull(message = "{validation.required}")
    private LocalDate date;
    @NotNull(message = "{validation.required}")
    private LocalTime startTime;
    @NotNull(message = "{validation.required}")
    private LocalTime endTime;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

}
