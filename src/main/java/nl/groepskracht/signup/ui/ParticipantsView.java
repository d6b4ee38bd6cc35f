package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.ParticipantRow;
import nl.groepskracht.signup.RegistrationStatus;

/**
 * The parents of one group for its facilitators: status, waiting-list position, contact and
 * consent; add a parent who called, remove someone, export the list. Every opening is audited.
 */
@Route("groepen/:groupId/deelnemers")
@PermitAll
public class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ParticipantAdmin participants;
    private final GroupService groups;
    private final Grid<ParticipantRow> grid = new Grid<>();
    private long groupId;

    ParticipantsView(ParticipantAdmin participants, GroupService groups) {
        this.participants = participants;
        this.groups = groups;
        addClassName("gk-page");
        setSizeFull();
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(AppZone.ID);
        grid.addColumn(ParticipantRow::name).setHeader(getTranslation("participant.name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("mine.status." + r.status().name())
                + (r.waitlistPosition() > 0 ? " (" + r.waitlistPosition() + ")" : ""))
                .setHeader(getTranslation("participant.status"));
        grid.addColumn(ParticipantRow::email).setHeader(getTranslation("participant.email")).setFlexGrow(2);
        grid.addColumn(r -> r.phone() == null ? "" : r.phone()).setHeader(getTranslation("participant.phone"));
        grid.addColumn(r -> format.format(r.consentAt())).setHeader(getTranslation("participant.consent"));
        grid.addComponentColumn(this::rowActions).setKey("actions").setFlexGrow(0).setAutoWidth(true);
        grid.setId("participants");
        grid.setEmptyStateText(getTranslation("participant.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", id -> {
            groupId = id;
            String name = groups.requireManageableRef(groupId).name();
            grid.setItems(participants.participants(groupId));
            removeAll();
            add(new Anchor("groepen/" + groupId, getTranslation("participant.back")),
                    new ViewHeader(getTranslation("participant.title", name)), actions(), grid);
        });
    }

    private FlexLayout actions() {
        var add = new Button(getTranslation("participant.add"), e -> new AddParticipantDialog(groupId, participants,
                this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-participant");
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(participants.exportCsv(groupId, getLocale())),
                "deelnemers.csv", "text/csv;charset=UTF-8", -1)), getTranslation("participant.export"));
        csv.setId("export-csv");
        var referrals = new Anchor("groepen/" + groupId + "/verwijslinks", getTranslation("referral.menu"));
        referrals.setId("referral-links-link");
        var actions = new FlexLayout(add, csv, referrals);
        actions.addClassName("gk-actions");
        return actions;
    }

    private FlexLayout rowActions(ParticipantRow row) {
        var actions = new FlexLayout();
        if (row.status() == RegistrationStatus.WAITLISTED) {
            var place = new Button(getTranslation("participant.give-place"), e -> {
                participants.givePlace(row.registrationId());
                refresh();
            });
            place.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            place.setId("give-place-" + row.registrationId());
            actions.add(place);
        }
        actions.add(removeButton(row));
        return actions;
    }

    private Button removeButton(ParticipantRow row) {
        var remove = new Button(getTranslation("participant.remove"), e -> new RemoveParticipantDialog(row,
                participants, this::refresh).open());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-" + row.registrationId());
        remove.setVisible(row.status() != RegistrationStatus.CANCELLED);
        return remove;
    }

    private void refresh() {
        grid.setItems(participants.participants(groupId));
    }

    @Override
    public String titleKey() {
        return "participant.menu";
    }
}
