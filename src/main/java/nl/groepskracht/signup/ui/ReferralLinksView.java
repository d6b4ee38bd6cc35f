package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
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
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.signup.ReferralLinks;
import nl.groepskracht.signup.ReferralLinks.ReferralLink;
import nl.groepskracht.base.SubmissionKey;
import nl.groepskracht.base.ui.OnceButton;

/**
 * Verwijslinks of a group, for its facilitators and the adviseur: a short link and QR code per partner organisation
 * to print on a flyer or send by WhatsApp; sign-ups through it count for that organisation.
 */
@Route("groepen/:groupId/verwijslinks")
@PermitAll
public class ReferralLinksView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final ReferralLinks referrals;
    private final DirectoryService directory;
    private final Div links = new Div();
    private long groupId;
    /** The link being made; a new one after each link made. */
    private SubmissionKey submission = SubmissionKey.fresh();

    ReferralLinksView(ReferralLinks referrals, DirectoryService directory) {
        this.referrals = referrals;
        this.directory = directory;
        addClassName("gk-page");
        links.setId("referral-links");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", id -> {
            groupId = id;
            String name = referrals.requireMayRefer(id).name();
            removeAll();
            // the adviseur comes from the group's figures (and may not read the participants)
            add(referrals.forAdviseur() ? new Anchor("monitoring/groep/" + id, getTranslation("referral.back.figures"))
                    : new Anchor("groepen/" + id + "/deelnemers", getTranslation("participant.back")),
                    new ViewHeader(getTranslation("referral.title", name)),
                    new Paragraph(getTranslation("referral.intro")), newLink(), links);
            refresh();
        });
    }

    private FlexLayout newLink() {
        var organisation = new ComboBox<OrganisationItem>(getTranslation("referral.organisation"));
        organisation.setId("referral-organisation");
        organisation.setItems(directory.allOrganisations());
        organisation.setItemLabelGenerator(OrganisationItem::name);
        var make = new OnceButton(getTranslation("referral.create"), e -> {
            try {
                referrals.create(groupId, organisation.getValue() == null ? null : organisation.getValue().id(),
                        submission);
                submission = SubmissionKey.fresh();
                organisation.setInvalid(false);
                refresh();
            } catch (FieldValidationException refused) {
                organisation.setErrorMessage(getTranslation(refused.messageKey()));
                organisation.setInvalid(true);
            }
        });
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.setId("create-referral");
        var form = new FlexLayout(organisation, make);
        form.addClassName("gk-filters");
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return form;
    }

    private void refresh() {
        links.removeAll();
        var list = referrals.list(groupId);
        if (list.isEmpty()) {
            links.add(new Paragraph(getTranslation("referral.none")));
        }
        list.forEach(link -> links.add(card(link)));
    }

    private Div card(ReferralLink link) {
        String alt = getTranslation("referral.qr.alt", link.organisation());
        byte[] svg = referrals.qrSvg(link.code(), alt).getBytes(StandardCharsets.UTF_8);
        var qr = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(svg),
                "verwijslink-" + link.code() + ".svg", "image/svg+xml", svg.length)), alt);
        qr.setWidth("10rem");
        var url = new Paragraph(link.url());
        url.addClassName("gk-secret");
        url.setId("referral-url-" + link.code());
        var svgFile = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(svg), "verwijslink-" + link.code() + ".svg", "image/svg+xml", svg.length)),
                getTranslation("referral.download.svg"));
        var pngFile = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] png = referrals.qrPng(link.code());
            return new DownloadResponse(new ByteArrayInputStream(png), "verwijslink-" + link.code() + ".png",
                    "image/png", png.length);
        }), getTranslation("referral.download.png"));
        var actions = new FlexLayout(svgFile, pngFile);
        actions.addClassName("gk-actions");
        var card = new Div(new H2(link.organisation()), url,
                new Paragraph(getTranslation("referral.signups", link.signups())), qr, actions);
        card.addClassName("gk-session-card");
        return card;
    }

    @Override
    public String titleKey() {
        return "referral.menu";
    }
}
