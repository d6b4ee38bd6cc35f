package nl.groepskracht.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session as the form fills it in (Europe/Amsterdam local date and times). */
public class SessionDraft {

    @NotNull(message = "{validation.required}")
    private LocalDate date;
    @NotNull(message = "{validation.required}")
    private LocalTime startTime;
    @NotNull(message = "{validation.required}")
    private LocalTime endTime;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String location;
    @Size(max = 200, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String topic;

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

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
