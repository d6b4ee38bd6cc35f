package nl.groepskracht.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.AgeRange;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo groups and sessions, made through the same services (and so the same rules and invites) a
 * facilitator uses: a default run has invites in the outbox.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
public class DemoGroups implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGroups.class);
    static final String DEMO_FACILITATOR = "facilitator@groepskracht.demo";
    static final String DEMO_CO_FACILITATOR = "jgz@groepskracht.demo";
    /** The demo group that meets today (the sign-up module adds demo parents to it). */
    public static final String TODAY_GROUP = "Ouders van pubers Zuilen";

    private final GroupService groups;
    private final ScheduleService schedule;
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;
    private final Clock clock;

    DemoGroups(GroupService groups, ScheduleService schedule, DirectoryService directory,
            ProfessionalDirectory professionals, Clock clock) {
        this.groups = groups;
        this.schedule = schedule;
        this.directory = directory;
        this.professionals = professionals;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                DEMO_FACILITATOR, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.FACILITATOR))));
        try {
            if (groups.list(GroupFilter.none(), PageRequest.of(0, 1)).isEmpty()) {
                createDemoGroups();
                log.info("Demo groups and sessions created; their invites are in the outbox");
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void createDemoGroups() {
        List<Professional> facilitators = professionals.facilitators().stream()
                .filter(p -> p.email().equals(DEMO_FACILITATOR) || p.email().equals(DEMO_CO_FACILITATOR)).toList();
        Set<Long> both = Set.copyOf(facilitators.stream().map(Professional::id).toList());
        LocalDate nextWeek = LocalDate.now(clock.withZone(AppZone.ID)).plusWeeks(1);

        long divorce = groups.create(group("Samen ouder blijven Overvecht", "echtscheiding", "Overvecht",
                AgeRange.AGE_4_12, SignupMode.REGISTRATION, 10, "Buurtcentrum De Dreef, Dreef 12, Utrecht", both,
                "Acht avonden voor ouders die uit elkaar zijn. U deelt ervaringen en leert hoe u samen ouder blijft."));
        schedule.addSeries(divorce, series(nextWeek, DayOfWeek.TUESDAY, LocalTime.of(19, 30), 90, 8,
                "Buurtcentrum De Dreef, Dreef 12, Utrecht"));
        groups.open(divorce);

        long playgroup = groups.create(group("Spelinloop Kanaleneiland", "spelinloop", "Kanaleneiland",
                AgeRange.AGE_0_4, SignupMode.WALK_IN, null, "Speeltuin De Watertoren, Kanaleneiland, Utrecht", both,
                "Elke woensdagochtend: spelen met uw kind en andere ouders ontmoeten. Gewoon binnenlopen."));
        schedule.addSeries(playgroup, series(nextWeek, DayOfWeek.WEDNESDAY, LocalTime.of(9, 30), 90, 6,
                "Speeltuin De Watertoren, Kanaleneiland, Utrecht"));
        groups.open(playgroup);

        groups.create(group("Gezond en grenzen stellen Overvecht", "overgewicht", "Overvecht", AgeRange.AGE_4_12,
                SignupMode.REGISTRATION, 8, "JGZ-locatie Overvecht, Zamenhofdreef 10, Utrecht", both,
                "Voor ouders die gezond eten en grenzen stellen lastig vinden."));

        // a session about to start, so "Vandaag" has something to show in a demo, at any hour
        LocalDateTime[] today = soonAtAnyHour(LocalDateTime.now(clock.withZone(AppZone.ID)));
        long teens = groups.create(group(TODAY_GROUP, "schoolverzuim", "Noordwest", AgeRange.AGE_12_18,
                SignupMode.REGISTRATION, 12, "Wijkcentrum Zuilen, Amsterdamsestraatweg 1, Utrecht", both,
                "Voor ouders van een tiener die vaak niet naar school gaat."));
        var session = new SessionDraft();
        session.setDate(today[0].toLocalDate());
        session.setStartTime(today[0].toLocalTime());
        session.setEndTime(today[1].toLocalTime());
        session.setLocation("Wijkcentrum Zuilen, Amsterdamsestraatweg 1, Utrecht");
        schedule.addSession(teens, session);
        groups.open(teens);
    }

    /**
     * Start and end of a session about half an hour from now that lies within one day (sessions do
     * not cross midnight): shortened to end at 23:59 late in the evening, or just after midnight
     * when less than a quarter of an hour would be left.
     */
    public static LocalDateTime[] soonAtAnyHour(LocalDateTime now) {
        LocalDateTime start = now.plusMinutes(30).withSecond(0).withNano(0);
        start = start.plusMinutes((5 - start.getMinute() % 5) % 5);
        LocalDateTime end = start.plusMinutes(90);
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            LocalDateTime lastMinute = start.toLocalDate().atTime(23, 59);
            if (java.time.Duration.between(start, lastMinute).toMinutes() >= 15) {
                end = lastMinute;
            } else {
                start = start.toLocalDate().plusDays(1).atStartOfDay();
                end = start.plusMinutes(90);
            }
        }
        return new LocalDateTime[] {start, end};
    }

    private GroupDraft group(String name, String themeCode, String wijkName, AgeRange ages, SignupMode mode,
            Integer capacity, String location, Set<Long> facilitatorIds, String description) {
        var draft = new GroupDraft();
        draft.setName(name);
        draft.setThemeId(directory.allThemes().stream().filter(t -> t.code().equals(themeCode)).findFirst()
                .orElseThrow().id());
        draft.setWijkId(directory.allWijken().stream().filter(w -> w.name().equals(wijkName)).findFirst()
                .orElseThrow().id());
        draft.setAgeRange(ages);
        draft.setSignupMode(mode);
        draft.setCapacity(capacity);
        draft.setLocation(location);
        draft.setFacilitatorIds(facilitatorIds);
        draft.setDescription(description);
        // whom parents call: shown on the group page and in "u bent aangemeld" (a made-up work number)
        draft.setContactName("Fatima El Amrani");
        draft.setContactPhone("030 200 00 00");
        return draft;
    }

    private static SeriesDraft series(LocalDate from, DayOfWeek day, LocalTime start, int minutes, int count,
            String location) {
        var series = new SeriesDraft();
        series.setFirstDate(from);
        series.setWeekday(day);
        series.setStartTime(start);
        series.setDurationMinutes(minutes);
        series.setCount(count);
        series.setLocation(location);
        return series;
    }
}
