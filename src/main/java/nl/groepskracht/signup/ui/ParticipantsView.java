package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.PhoneSignups;
import nl.groepskracht.signup.ParticipantRow;
import nl.groepskracht.signup.RegistrationStatus;
import nl.groepskracht.base.ui.OnceButton;

/**
 * The parents of one group for its facilitators: status, waiting-list position, contact and
 * consent; add a parent who called, remove someone, export the list. Every opening is audited.
 */
@Route("groepen/:groupId/deelnemers")
@PermitAll
public class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ParticipantAdmin participants;
    private final PhoneSignups phoneSignups;
    private final GroupService groups;
    private final Grid<ParticipantRow> grid = new Grid<>();
    private final ParticipantCards cards;
    private long groupId;

    ParticipantsView(ParticipantAdmin participants, PhoneSignups phoneSignups, GroupService groups) {
        this.participants = participants;
        this.phoneSignups = phoneSignups;
        this.groups = groups;
        addClassName("gk-page");
        setSizeFull();
        var format = nl.groepskracht.base.i18n.Dates.day(getLocale()).withZone(AppZone.ID);
        // on a tablet beside the menu every name and number is read in full and every row's buttons are in
        // view: two lines per cell (name and status, e-mail and phone), numbers never broken and as wide as
        // the longest, names and the rest wrap between words where they must
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> ParticipantCells.name(r, this)).setHeader(getTranslation("participant.name"))
                .setKey("name").setWidth("10em").setFlexGrow(2);
        grid.addComponentColumn(r -> ParticipantCells.contact(r, this)).setHeader(getTranslation("participant.contact"))
                .setKey("contact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> StatusText.consent(r, format, this)).setHeader(getTranslation("participant.consent"))
                .setWidth("8em").setFlexGrow(1);
        grid.addComponentColumn(r -> new ParticipantActions(r, participants, this::refresh, ""))
                .setKey("actions").setWidth("9.5em").setFlexGrow(0);
        grid.setId("participants");
        grid.addClassName("gk-hide-on-phone");
        cards = new ParticipantCards(format, r -> new ParticipantActions(r, participants, this::refresh, "card-"));
        grid.setEmptyStateText(getTranslation("participant.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", id -> {
            groupId = id;
            String name = groups.requireManageableRef(groupId).name();
            refresh();
            removeAll();
            var back = new Anchor("groepen/" + groupId, getTranslation("participant.back"));
            back.addClassName("gk-back");
            add(back, new ViewHeader(getTranslation("participant.title", name)), actions(), grid, cards);
        });
    }

    private FlexLayout actions() {
        var add = new OnceButton(getTranslation("participant.add"), e -> new AddParticipantDialog(groupId, phoneSignups,
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

    /** One audited look at the list fills both the table and the phone's cards. */
    private void refresh() {
        var rows = participants.participants(groupId);
        grid.setItems(rows);
        // the grid sizes its auto-width columns once, for the rows it first had: a parent added later
        // with a longer name or number would be cut off until the page is reloaded
        grid.recalculateColumnWidths();
        cards.show(rows);
    }

    @Override
    public String titleKey() {
        return "participant.menu";
    }
}
