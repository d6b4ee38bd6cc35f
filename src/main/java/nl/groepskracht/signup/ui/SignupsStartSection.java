package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.StartCard;
import nl.groepskracht.base.ui.StartPageSection;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.group.ui.GroupDialogs;
import nl.groepskracht.signup.SignupOverview;
import nl.groepskracht.signup.SignupOverview.GroupSignups;
import nl.groepskracht.base.ui.OnceButton;

/** The facilitator's start page: per own group the new sign-ups, places taken and the waiting list. */
@org.springframework.stereotype.Component
class SignupsStartSection implements StartPageSection {

    private final SignupOverview overview;
    private final GroupDialogs dialogs;

    SignupsStartSection(SignupOverview overview, GroupDialogs dialogs) {
        this.overview = overview;
        this.dialogs = dialogs;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.FACILITATOR);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        var card = new StartCard("start-signups");
        card.title(t("start.signups"));
        for (GroupSignups group : overview.mine()) {
            var name = new Anchor("groepen/" + group.groupId() + "/deelnemers", group.groupName());
            name.setId("signups-" + group.groupId());
            var what = new Div(name);
            what.addClassName("gk-start-what");
            var facts = new Div();
            facts.addClassName("gk-row-actions");
            badges(group).forEach(facts::add);
            card.line(what, facts);
            if (group.status() == GroupStatus.OPEN) {
                card.line(share(group.groupId(), group.walkIn()));
            }
        }
        var add = new OnceButton(t("group.new"), e -> dialogs.create(id -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate("groepen/" + id))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("start-signups-next");
        card.whenEmpty(t("start.signups.none"), add);
        return card;
    }

    /**
     * The open group's public page, its poster and its QR code, to pass on to parents and partners. A
     * walk-in group has no sign-up: its page is "the page for parents", not a sign-up link.
     */
    private Component share(long groupId, boolean walkIn) {
        var links = new Div(external("share-link-" + groupId, t(walkIn ? "start.share.page" : "start.share.link"),
                "aanbod/" + groupId),
                external("share-poster-" + groupId, t("start.share.poster"), "aanbod/" + groupId + "/poster"));
        var qr = external("share-qr-" + groupId, t("start.share.qr"), "aanbod/" + groupId + "/qr.svg");
        qr.getElement().setAttribute("download", "aanmelden-groep-" + groupId + ".svg");
        links.add(qr);
        links.addClassName("gk-row-actions");
        return links;
    }

    private static Anchor external(String id, String text, String href) {
        var link = new Anchor(href, text);
        link.setId(id);
        link.setTarget("_blank");
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("gk-link-button");
        return link;
    }

    private List<Component> badges(GroupSignups group) {
        List<Component> badges = new ArrayList<>();
        if (group.status() == GroupStatus.DRAFT) {
            badges.add(StartCard.badge(t("start.signups.draft"), false));
        } else if (group.walkIn()) {
            badges.add(StartCard.badge(t("start.signups.walk-in"), false));
        } else {
            if (group.recent() > 0) {
                badges.add(StartCard.badge(t("start.signups.recent", group.recent()), true));
            }
            badges.add(StartCard.badge(group.capacity() == null ? t("start.signups.confirmed", group.confirmed())
                    : t("start.signups.taken", group.confirmed(), group.capacity()), false));
            if (group.waiting() > 0) {
                badges.add(StartCard.badge(t("start.signups.waiting", group.waiting()), true));
            }
            if (group.unconfirmed() > 0) {
                badges.add(StartCard.badge(t("start.signups.unconfirmed", group.unconfirmed()), false));
            }
        }
        return badges;
    }
}
