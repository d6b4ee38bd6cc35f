package nl.groepskracht.signup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ui.ParticipantsView;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.Parents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The participants page: the group's facilitators manage parents there, every look is audited. */
class ParticipantsViewTest extends KaribuTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    SignupService signups;
    @Autowired
    ParticipantAdmin participantAdmin;
    @Autowired
    AuditLog audit;

    Professional fatima;
    long groupId;

    @BeforeEach
    void groupWithOnePlace() {
        fatima = loginAs("Fatima", Role.FACILITATOR);
        GroupDraft draft = Fixtures.group(directory, "echtscheiding", Set.of());
        draft.setCapacity(1);
        groupId = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
        as(fatima, () -> groups.open(groupId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_facilitator_adds_a_parent_by_phone_and_removes_one_and_the_waiting_list_moves_up() {
        navigate("groepen/" + groupId + "/deelnemers");
        addParent("Pim Jansen");
        addParent("Quinty de Wit");
        assertThat(rows()).extracting(ParticipantRow::name, ParticipantRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Pim Jansen", RegistrationStatus.CONFIRMED),
                org.assertj.core.groups.Tuple.tuple("Quinty de Wit", RegistrationStatus.WAITLISTED));

        Grid<ParticipantRow> grid = _get(Grid.class, spec -> spec.withId("participants"));
        _click(rowButton(grid, 0, "remove-"));
        _get(TextArea.class, spec -> spec.withId("remove-reason")).setValue("Verhuisd");
        _click(_get(Button.class, spec -> spec.withId("confirm-remove")));
        assertThat(rows()).filteredOn(r -> r.name() != null && r.name().equals("Quinty de Wit")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));

        List<AuditEntry> log = as(Roles.ADMIN, () -> audit.list(PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC,
                "id")))).getContent().stream().filter(e -> Long.valueOf(groupId).equals(e.groupId())).toList();
        assertThat(log).extracting(AuditEntry::action).contains(AuditAction.PARTICIPANTS_VIEWED,
                AuditAction.PARTICIPANT_ADDED, AuditAction.PARTICIPANT_REMOVED);
        assertThat(log).allSatisfy(e -> assertThat(e.actor()).isEqualTo(fatima.email()));
        assertThat(log).filteredOn(e -> e.action() == AuditAction.PARTICIPANT_REMOVED).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith("Verhuisd"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_facilitator_gives_someone_on_the_waiting_list_a_place_now_and_the_group_gets_one_more_place() {
        navigate("groepen/" + groupId + "/deelnemers");
        addParent("Sara Smit");
        addParent("Tom Tak");
        Grid<ParticipantRow> grid = _get(Grid.class, spec -> spec.withId("participants"));
        _click(rowButton(grid, 1, "give-place-"));
        assertThat(rows()).extracting(ParticipantRow::status).containsOnly(RegistrationStatus.CONFIRMED);
        assertThat(as(fatima, () -> groups.get(groupId)).capacity()).isEqualTo(2);
    }

    @Test
    void the_add_form_refuses_bad_input_at_the_field() {
        navigate("groepen/" + groupId + "/deelnemers");
        _click(_get(Button.class, spec -> spec.withId("add-participant")));
        _get(TextField.class, spec -> spec.withId("participant-name")).setValue("<script>");
        _get(EmailField.class, spec -> spec.withId("participant-email")).setValue("geen-adres");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_get(TextField.class, spec -> spec.withId("participant-name")).isInvalid()).isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withId("participant-email")).isInvalid()).isTrue();
        assertThat(as(fatima, () -> participantAdmin.participants(groupId))).isEmpty();
    }

    @Test
    void a_parent_by_phone_needs_a_way_to_reach_them_and_their_spoken_consent() {
        navigate("groepen/" + groupId + "/deelnemers");
        _click(_get(Button.class, spec -> spec.withId("add-participant")));
        _get(TextField.class, spec -> spec.withId("participant-name")).setValue("Hanna Telefoon");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_get(Checkbox.class, spec -> spec.withId("participant-consent")).isInvalid()).isTrue();
        _get(Checkbox.class, spec -> spec.withId("participant-consent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_get(TextField.class, spec -> spec.withId("participant-phone")).isInvalid())
                .as("no e-mail and no phone").isTrue();
        assertThat(as(fatima, () -> participantAdmin.participants(groupId))).isEmpty();
    }

    @Test
    void a_parent_by_phone_without_e_mail_gets_a_place_no_mail_and_the_facilitator_is_told() {
        navigate("groepen/" + groupId + "/deelnemers");
        _click(_get(Button.class, spec -> spec.withId("add-participant")));
        _get(TextField.class, spec -> spec.withId("participant-name")).setValue("Hanna Telefoon");
        _get(TextField.class, spec -> spec.withId("participant-phone")).setValue("06 12345678");
        _get(Checkbox.class, spec -> spec.withId("participant-consent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Opgeslagen", "Deze ouder krijgt geen e-mails. Geef de data van de bijeenkomsten zelf door.");
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(row.email()).isNull();
            assertThat(row.consentBy()).isEqualTo(fatima.name());
        });
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where body_text like '%Hanna Telefoon%'",
                Integer.class)).isZero();
    }

    @Test
    void the_mail_to_a_parent_added_by_phone_says_the_facilitator_signed_them_up() {
        navigate("groepen/" + groupId + "/deelnemers");
        String email = addParent("Ilse Beller");
        String mail = jdbc.queryForObject("select body_text from outbox_mail where recipient = ? order by id desc "
                + "limit 1", String.class, email);
        assertThat(mail).contains(fatima.name() + " heeft u aangemeld voor").doesNotContain("U meldde zich aan");
    }

    @Test
    void another_facilitator_cannot_see_the_participants() {
        signups.signUp(groupId, Parents.form("Rosa"));
        loginAs("Sanne", Role.FACILITATOR);
        navigate("groepen/" + groupId + "/deelnemers");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(ParticipantsView.class)).isEmpty();
    }

    /** The button with this id prefix in the actions cell of a row (cells render lazily). */
    private static Button rowButton(Grid<ParticipantRow> grid, int row, String idPrefix) {
        var cell = (com.vaadin.flow.component.orderedlayout.FlexLayout) GridKt._getCellComponent(grid, row, "actions");
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getId().orElse("").startsWith(idPrefix)).findFirst().orElseThrow();
    }

    private String addParent(String name) {
        String email = name.toLowerCase().replace(" ", ".") + "." + System.nanoTime() + "@ouder.example";
        _click(_get(Button.class, spec -> spec.withId("add-participant")));
        _get(TextField.class, spec -> spec.withId("participant-name")).setValue(name);
        _get(EmailField.class, spec -> spec.withId("participant-email")).setValue(email);
        _get(Checkbox.class, spec -> spec.withId("participant-consent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save")));
        return email;
    }

    @SuppressWarnings("unchecked")
    private static List<ParticipantRow> rows() {
        Grid<ParticipantRow> grid = _get(Grid.class, spec -> spec.withId("participants"));
        return grid.getGenericDataView().getItems().toList();
    }
}
