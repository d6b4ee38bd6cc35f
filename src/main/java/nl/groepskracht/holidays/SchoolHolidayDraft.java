package nl.groepskracht.holidays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The administrator's form for a school holiday; the service checks that it does not end before it starts. */
public class SchoolHolidayDraft {

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.too-long}")
    @Pattern(regexp = "^[^<>]*$", message = "{validation.no-markup}")
    private String name;

    @NotNull(message = "{validation.required}")
    private SchoolRegion region;

    @NotNull(message = "{validation.required}")
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    private LocalDate endsOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SchoolRegion getRegion() {
        return region;
    }

    public void setRegion(SchoolRegion region) {
        this.region = region;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
