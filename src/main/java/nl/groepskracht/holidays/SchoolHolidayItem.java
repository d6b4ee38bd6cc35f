package nl.groepskracht.holidays;

import java.time.LocalDate;

/** A school holiday as lists show it. */
public record SchoolHolidayItem(long id, String name, SchoolRegion region, LocalDate startsOn, LocalDate endsOn) {

    public SchoolHolidayDraft toDraft() {
        var draft = new SchoolHolidayDraft();
        draft.setName(name);
        draft.setRegion(region);
        draft.setStartsOn(startsOn);
        draft.setEndsOn(endsOn);
        return draft;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
