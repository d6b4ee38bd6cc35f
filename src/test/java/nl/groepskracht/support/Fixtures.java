package nl.groepskracht.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.AgeRange;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.SeriesDraft;
import nl.groepskracht.schedule.SessionDraft;

/** Valid drafts that tests then spoil one field at a time. */
public final class Fixtures {

    private Fixtures() {
    }

    public static GroupDraft group(DirectoryService directory, String themeCode, Set<Long> facilitators) {
        var draft = new GroupDraft();
        draft.setName("Testgroep " + System.nanoTime());
        draft.setThemeId(directory.allThemes().stream().filter(t -> t.code().equals(themeCode)).findFirst()
                .orElseThrow().id());
        draft.setWijkId(directory.allWijken().getFirst().id());
        draft.setAgeRange(AgeRange.AGE_4_12);
        draft.setSignupMode(SignupMode.REGISTRATION);
        draft.setCapacity(10);
        draft.setLocation("Buurthuis, Teststraat 1, Utrecht");
        draft.setFacilitatorIds(facilitators);
        return draft;
    }

    public static SeriesDraft weekly(LocalDate first, int count) {
        var series = new SeriesDraft();
        series.setFirstDate(first);
        series.setWeekday(first.getDayOfWeek());
        series.setStartTime(LocalTime.of(19, 0));
        series.setDurationMinutes(90);
        series.setCount(count);
        series.setLocation("Buurthuis, Teststraat 1, Utrecht");
        return series;
    }

    public static SessionDraft session(LocalDate date, LocalTime start, LocalTime end) {
        var draft = new SessionDraft();
        draft.setDate(date);
        draft.setStartTime(start);
        draft.setEndTime(end);
        draft.setLocation("Buurthuis, Teststraat 1, Utrecht");
        return draft;
    }

    public static LocalDate today() {
        return TestTime.startDate();
    }
}
