package nl.groepskracht.attendance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.groepskracht.attendance.ui.SessionAttendanceView;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.DemoGroups;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.ClientInput;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.Parents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attendance sheet on the tablet: taps save at once, "iedereen aanwezig", note, head count. */
class AttendanceViewTest extends KaribuTest {

    @Autowired
    nl.groepskracht.signup.PhoneSignups phoneSignups;
    @Autowired
    Clock clock;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    AttendanceService attendance;

    Professional fatima;

    @BeforeEach
    void facilitator() {
        fatima = loginAs("Fatima", Role.FACILITATOR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void marking_saves_at_once_everyone_present_fills_the_rest_and_the_note_is_kept() {
        long sessionId = sessionStartingSoon(SignupMode.REGISTRATION, "Anna", "Bert", "Cem");
        navigate("sessies/" + sessionId + "/aanwezigheid");
        List<RadioButtonGroup<AttendanceStatus>> choices = _find(RadioButtonGroup.class).stream()
                .map(c -> (RadioButtonGroup<AttendanceStatus>) c).toList();
        assertThat(choices).hasSize(3);
        ClientInput.enter(choices.get(1), AttendanceStatus.EXCUSED);
        _click(_get(Button.class, spec -> spec.withId("all-present")));
        ClientInput.enter(_get(TextArea.class, spec -> spec.withId("session-note")), "Goed gesprek over grenzen.");

        var sheet = as(fatima, () -> attendance.sheet(sessionId));
        assertThat(sheet.lines()).extracting(AttendanceViews.SheetLine::status).containsExactly(
                AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT);
        assertThat(sheet.note()).isEqualTo("Goed gesprek over grenzen.");

        navigate("sessies/" + sessionId + "/aanwezigheid");
        assertThat(_find(RadioButtonGroup.class).get(1).getValue()).isEqualTo(AttendanceStatus.EXCUSED);
    }

    @Test
    void a_head_count_refuses_negative_and_absurd_numbers_at_the_field() {
        long sessionId = sessionStartingSoon(SignupMode.WALK_IN);
        navigate("sessies/" + sessionId + "/aanwezigheid");
        var adults = _get(IntegerField.class, spec -> spec.withId("adults"));
        var children = _get(IntegerField.class, spec -> spec.withId("children"));
        ClientInput.enter(adults, -2);
        assertThat(adults.isInvalid()).isTrue();
        assertThat(adults.getErrorMessage()).isEqualTo("Vul een aantal van 0 tot 200 in.");
        assertThat(adults.getValue()).isZero();
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).headCount()).isNull();
        ClientInput.enter(adults, 6);
        ClientInput.enter(children, 5000);
        assertThat(children.isInvalid()).isTrue();
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).headCount()).isEqualTo(new HeadCount(6, 0, 0));
        ClientInput.enter(children, 8);
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).headCount()).isEqualTo(new HeadCount(6, 8, 0));
    }

    @Test
    void each_tap_on_a_head_count_is_saved_without_a_save_button() {
        long sessionId = sessionStartingSoon(SignupMode.WALK_IN);
        navigate("sessies/" + sessionId + "/aanwezigheid");
        assertThat(_find(Button.class, spec -> spec.withId("save-head-count"))).isEmpty();
        var children = _get(IntegerField.class, spec -> spec.withId("children"));
        ClientInput.enter(_get(IntegerField.class, spec -> spec.withId("adults")), 1);
        ClientInput.enter(children, 1);
        ClientInput.enter(children, 2);
        // the facilitator walks away: another page, nothing else clicked
        navigate("vandaag");
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).headCount()).isEqualTo(new HeadCount(1, 2, 0));
    }

    @Test
    void taps_on_a_head_count_from_two_tablets_add_up() {
        long sessionId = sessionStartingSoon(SignupMode.WALK_IN);
        navigate("sessies/" + sessionId + "/aanwezigheid");
        var adults = _get(IntegerField.class, spec -> spec.withId("adults"));
        ClientInput.enter(adults, 1);
        // meanwhile the other tablet, which also showed 1, counted two more
        as(fatima, () -> attendance.countOne(sessionId, HeadCount.Part.ADULTS, 1, 3));
        ClientInput.enter(adults, 2);
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).headCount().adults()).isEqualTo(4);
        assertThat(adults.getValue()).isEqualTo(4);
    }

    @Test
    void a_note_changed_on_another_tablet_is_not_overwritten_and_its_text_is_shown() {
        long sessionId = sessionStartingSoon(SignupMode.REGISTRATION, "Anna");
        navigate("sessies/" + sessionId + "/aanwezigheid");
        var note = _get(TextArea.class, spec -> spec.withId("session-note"));
        // the other facilitator saved a note after this sheet was opened
        as(fatima, () -> attendance.saveNote(sessionId, "Sanne: Anna kwam later binnen.", 0));
        ClientInput.enter(note, "Fatima: goed gesprek over grenzen.");

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("ander apparaat");
        assertThat(_get(Paragraph.class, spec -> spec.withId("note-other-text")).getText())
                .isEqualTo("Sanne: Anna kwam later binnen.");
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).note()).isEqualTo("Sanne: Anna kwam later binnen.");
        assertThat(note.getValue()).isEqualTo("Fatima: goed gesprek over grenzen.");

        _click(_get(Button.class, spec -> spec.withId("note-keep-mine")));
        assertThat(as(fatima, () -> attendance.sheet(sessionId)).note()).isEqualTo("Fatima: goed gesprek over grenzen.");
        assertThat(note.isInvalid()).isFalse();
    }

    @Test
    void a_facilitator_cannot_record_attendance_for_another_facilitators_group() {
        long sessionId = sessionStartingSoon(SignupMode.WALK_IN);
        loginAs("Sanne", Role.FACILITATOR);
        navigate("sessies/" + sessionId + "/aanwezigheid");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(SessionAttendanceView.class)).isEmpty();
    }

    /** A session 30 minutes from now: attendance can be taken from an hour before. */
    private long sessionStartingSoon(SignupMode mode, String... parents) {
        LocalDateTime[] slot = DemoGroups.soonAtAnyHour(LocalDateTime.now(clock));
        LocalDateTime start = slot[0];
        GroupDraft draft = Fixtures.group(directory, mode == SignupMode.WALK_IN ? "spelinloop" : "echtscheiding",
                Set.of());
        draft.setSignupMode(mode);
        long groupId = as(fatima, () -> groups.create(draft));
        long sessionId = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(start.toLocalDate(),
                start.toLocalTime(), slot[1].toLocalTime())));
        as(fatima, () -> groups.open(groupId));
        for (String name : parents) {
            var form = Parents.form(name);
            form.setName(name);
            as(fatima, () -> phoneSignups.add(groupId, nl.groepskracht.support.Parents.byPhone(form)));
        }
        return sessionId;
    }
}
