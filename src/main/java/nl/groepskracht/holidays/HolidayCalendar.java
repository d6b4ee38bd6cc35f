package nl.groepskracht.holidays;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Public and school holidays: which of a set of days fall on one (for the series planner), and the
 * administrator's list of school holidays. The portal's school region is configured
 * ({@code groepskracht.school-region}, default MIDDEN).
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("reading holidays: anyone (the series planner's warnings, the list); changes carry"
        + " @PreAuthorize")
public class HolidayCalendar {

    private final SchoolHolidayRepository schoolHolidays;
    private final SchoolRegion region;

    HolidayCalendar(SchoolHolidayRepository schoolHolidays,
            @Value("${groepskracht.school-region:MIDDEN}") SchoolRegion region) {
        this.schoolHolidays = schoolHolidays;
        this.region = region;
    }

    public SchoolRegion region() {
        return region;
    }

    /** For each of these days that is a public or school holiday, what it is (a public holiday first). */
    @Transactional(readOnly = true)
    public Map<LocalDate, DayNote> notes(Collection<LocalDate> days) {
        Map<LocalDate, DayNote> notes = new HashMap<>();
        if (days.isEmpty()) {
            return notes;
        }
        LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow();
        List<SchoolHolidayItem> school = schoolHolidays.overlapping(region, from, to).stream()
                .map(SchoolHoliday::toItem).toList();
        for (LocalDate day : days) {
            Optional.ofNullable(PublicHolidays.of(day.getYear()).get(day))
                    .map(name -> new DayNote(DayNote.Kind.PUBLIC_HOLIDAY, "holiday.public." + name.name(), null))
                    .or(() -> school.stream().filter(h -> h.covers(day)).findFirst()
                            .map(h -> new DayNote(DayNote.Kind.SCHOOL_HOLIDAY, null, h.name())))
                    .ifPresent(note -> notes.put(day, note));
        }
        return notes;
    }

    @Transactional(readOnly = true)
    public Page<SchoolHolidayItem> schoolHolidays(Pageable page) {
        return schoolHolidays.findAll(page).map(SchoolHoliday::toItem);
    }

    @Transactional
    @PreAuthorize(Roles.ONLY_ADMIN)
    public long save(Long id, @jakarta.validation.Valid SchoolHolidayDraft draft) {
        if (draft.getEndsOn().isBefore(draft.getStartsOn())) {
            throw new FieldValidationException("endsOn", "holiday.ends-before-start");
        }
        if (id == null) {
            return schoolHolidays.save(new SchoolHoliday(draft)).getId();
        }
        schoolHolidays.findById(id).orElseThrow().apply(draft);
        return id;
    }

    @Transactional
    @PreAuthorize(Roles.ONLY_ADMIN)
    public void delete(long id) {
        schoolHolidays.deleteById(id);
    }
}
