package nl.groepskracht.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.IntStream;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.monitoring.DemandSignalDraft;
import nl.groepskracht.monitoring.DemandSignals;
import nl.groepskracht.monitoring.SignalStatus;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.security.UserService;
import nl.groepskracht.security.UserSummary;
import nl.groepskracht.support.ClientInput;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forms and dialogs tell people what they are about to do, before they do it: required fields are
 * marked and limits counted from the start, a template's empty headings are not an item, deactivating
 * an account names the groups that person leads, a demand signal taken up can be undone, and the
 * cancel dialog names the session. Messages appear on the right, away from "Uitloggen".
 */
class DialogsSayWhatTheyDoTest extends KaribuTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    UserService users;
    @Autowired
    DemandSignals signals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void required_fields_are_marked_and_a_limit_is_counted_instead_of_cutting_the_text() {
        loginAs("Fatima", Role.FACILITATOR);
        navigate("groepen");
        _click(_get(Button.class, spec -> spec.withId("new-group")));
        var name = _get(TextField.class, spec -> spec.withId("group-name"));
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("group-location")).isRequiredIndicatorVisible()).isTrue();
        assertThat(counter("group-name")).isEqualTo("Nog 120 tekens over");

        String tooLong = "Samen ouder blijven na de scheiding ".repeat(4).strip();
        ClientInput.enter(name, tooLong);
        assertThat(counter("group-name")).isEqualTo((tooLong.length() - 120) + " tekens te veel");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dit is te lang: maximaal 120 tekens.");
        assertThat(name.getValue()).isEqualTo(tooLong);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM parent_group WHERE name = ?", Integer.class, tooLong))
                .isZero();
    }

    @Test
    void a_knowledge_item_with_only_the_templates_empty_headings_is_not_saved() {
        loginAs("Fatima", Role.FACILITATOR);
        navigate("kennis/nieuw");
        String title = "Alleen kopjes " + System.nanoTime();
        ClientInput.enter(_get(TextField.class, spec -> spec.withId("item-title")), title);
        ClientInput.enter(_get(TextArea.class, spec -> spec.withId("item-summary")), "Nog niet ingevuld.");
        @SuppressWarnings("unchecked")
        Select<KnowledgeKind> kind = _get(Select.class, spec -> spec.withId("item-kind"));
        ClientInput.enter(kind, KnowledgeKind.AANPAK);
        var body = _get(TextArea.class, spec -> spec.withId("item-body-editor"));
        assertThat(body.getValue()).startsWith("## Doelgroep");
        @SuppressWarnings("unchecked")
        var theme = (com.vaadin.flow.component.combobox.ComboBox<nl.groepskracht.directory.ThemeItem>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("item-theme"));
        ClientInput.enter(theme, directory.allThemes().getFirst());
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).startsWith("De tekst bevat alleen de kopjes van het sjabloon");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_item WHERE title = ?", Integer.class, title))
                .isZero();

        ClientInput.enter(body, body.getValue().replace("Wat ouders na afloop weten, kunnen of anders doen.",
                "Ouders praten met elkaar over de overdracht."));
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_item WHERE title = ?", Integer.class, title))
                .isOne();
    }

    @Test
    void deactivating_an_account_is_asked_once_more_and_names_the_groups_the_person_leads() {
        Professional leader = accounts.create("Leider", Role.FACILITATOR);
        Professional colleague = accounts.create("Collega", Role.FACILITATOR);
        long together = openGroup(leader, Set.of(colleague.id()));
        long alone = openGroup(leader, Set.of());
        String togetherName = as(leader, () -> groups.get(together)).name();
        String aloneName = as(leader, () -> groups.get(alone)).name();

        loginAs("Beheer", Role.ADMIN);
        navigate("gebruikers");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == leader.id())
                .findFirst().orElseThrow();
        GridKt._clickItem(grid, row, 1, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("toggle-active")));

        assertThat(_find(ListItem.class, spec -> spec.withText(togetherName + ": gaat door met " + colleague.name())))
                .hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText(aloneName + ": heeft daarna geen begeleider meer."
                + " Geef deze groep eerst een andere begeleider."))).hasSize(1);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("deactivate-groups")).getChildren().count())
                .isEqualTo(2);
        assertThat(userById(leader.id()).active()).as("nothing changed before the confirmation").isTrue();
        _click(_get(Button.class, spec -> spec.withId("confirm-deactivate")));
        assertThat(userById(leader.id()).active()).isFalse();
    }

    @Test
    void a_signal_taken_up_shows_its_status_in_words_and_can_be_undone_from_the_message() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        var draft = new DemandSignalDraft();
        draft.setThemeId(directory.allThemes().getFirst().id());
        draft.setWijkId(directory.allWijken().getFirst().id());
        draft.setOrganisationId(directory.allOrganisations().getFirst().id());
        draft.setFamilies(5);
        draft.setNoticedOn(LocalDate.now(clock.withZone(AppZone.ID)));
        draft.setNote("Ouders vragen naar de overdracht " + System.nanoTime());
        long id = as(fatima, () -> signals.save(null, draft));

        navigate("signalen");
        @SuppressWarnings("unchecked")
        Grid<nl.groepskracht.monitoring.DemandSignalItem> grid = _get(Grid.class, spec -> spec.withId("signals"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == id)
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("Open");
        assertThat(grid.getColumnByKey("status").getHeaderText()).isEqualTo("Status");

        _click((Button) GridKt._getCellComponent(grid, row, "action"));
        assertThat(status(fatima, id)).isEqualTo(SignalStatus.CLOSED);
        Notification message = NotificationsKt.getNotifications().getLast();
        assertThat(message.getPosition()).isEqualTo(Notification.Position.BOTTOM_END);
        assertThat(message.getElement().getTextRecursively()).contains("Signaal gemarkeerd als opgepakt");
        _click(_get(Button.class, spec -> spec.withId("undo-close-signal")));
        assertThat(status(fatima, id)).isEqualTo(SignalStatus.OPEN);
    }

    @Test
    void the_cancel_dialog_names_the_session_it_cancels() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long group = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        LocalDate day = LocalDate.now(clock.withZone(AppZone.ID)).plusDays(9);
        long session = as(fatima, () -> schedule.addSession(group, Fixtures.session(day, LocalTime.of(19, 30),
                LocalTime.of(21, 0))));
        navigate("groepen/" + group);
        // the phone's card of the session (the table's row button is drawn by the grid in the browser)
        _click(_get(Button.class, spec -> spec.withId("card-cancel-session-" + session)));
        var dialog = _get(Dialog.class, spec -> spec.withId("cancel-session-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bijeenkomst van " + day.format(java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.FULL).withLocale(Languages.DUTCH)) + ", 19:30–21:00 afzeggen?");
        assertThat(_get(Button.class, spec -> spec.withId("keep-session")).getText()).isEqualTo("Niet afzeggen");
        assertThat(_find(Span.class, spec -> spec.withId("cancel-reason-count"))).hasSize(1);
    }

    private long openGroup(Professional leader, Set<Long> others) {
        long id = as(leader, () -> groups.create(Fixtures.group(directory, "echtscheiding", others)));
        as(leader, () -> schedule.addSession(id, Fixtures.session(LocalDate.now(clock.withZone(AppZone.ID))
                .plusDays(4), LocalTime.of(19, 0), LocalTime.of(20, 30))));
        as(leader, () -> groups.open(id));
        return id;
    }

    private UserSummary userById(long id) {
        return users.list(PageRequest.of(0, 1000)).stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    private SignalStatus status(Professional who, long id) {
        return as(who, () -> signals.list(null, null, null, PageRequest.of(0, 1000))).stream()
                .filter(s -> s.id() == id).findFirst().orElseThrow().status();
    }

    private static String counter(String fieldId) {
        return _get(Span.class, spec -> spec.withId(fieldId + "-count")).getText();
    }
}
