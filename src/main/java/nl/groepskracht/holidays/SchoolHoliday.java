package nl.groepskracht.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.groepskracht.base.AbstractEntity;

/** A school holiday of one region, first and last day included. */
@Entity
@Table(name = "school_holiday")
class SchoolHoliday extends AbstractEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private SchoolRegion region;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected SchoolHoliday() {
    }

    SchoolHoliday(SchoolHolidayDraft draft) {
        apply(draft);
    }

    final void apply(SchoolHolidayDraft draft) {
        name = draft.getName().strip();
        region = draft.getRegion();
        startsOn = draft.getStartsOn();
        endsOn = draft.getEndsOn();
    }

    SchoolHolidayItem toItem() {
        return new SchoolHolidayItem(getId(), name, region, startsOn, endsOn);
    }
}
