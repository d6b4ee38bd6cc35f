package nl.groepskracht.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.StartCard;
import nl.groepskracht.base.ui.StartPageSection;
import nl.groepskracht.security.UserService;
import nl.groepskracht.security.UserSummary;

/** The administrator's start page: accounts on which someone is guessing passwords right now. */
@org.springframework.stereotype.Component
class AccountsStartSection implements StartPageSection {

    private final UserService users;

    AccountsStartSection(UserService users) {
        this.users = users;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create() {
        var card = new StartCard("start-accounts").title(t("start.accounts"));
        for (UserSummary account : users.underAttack()) {
            var name = new Span(account.displayName());
            name.addClassName("gk-start-name");
            var what = new Div(name, new Span(account.email()));
            what.addClassName("gk-start-what");
            card.line(what, StartCard.badge(t("start.accounts.locked"), true));
        }
        if (!card.isEmpty()) {
            card.line(new Span(t("start.accounts.help")));
        }
        card.whenEmpty(t("start.accounts.none"), null);
        card.more(t("start.accounts.all"), UserListView.class);
        return card;
    }
}
