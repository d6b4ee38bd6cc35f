package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceViews.RecentSession;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;

/** "Vandaag": the facilitator's sessions of today and the last week, each one tap from its attendance sheet. */
@Route("vandaag")
@Menu(order = 5, title = "menu.today", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.FACILITATOR)
public class TodayView extends VerticalLayout implements TranslatedTitle {

    TodayView(AttendanceService attendance) {
        addClassName("gk-page");
        add(new ViewHeader(getTranslation("menu.today")));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale());
        var list = new Div();
        list.addClassName("gk-session-cards");
        for (RecentSession recent : attendance.recentSessions()) {
            var open = new Button(getTranslation("attendance.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                    "sessies/" + recent.session().id() + "/aanwezigheid")));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            open.setId("open-session-" + recent.session().id());
            var card = new Div(new Span(recent.groupName()), new Paragraph(recent.session().start().format(format)),
                    open);
            card.addClassName("gk-session-card");
            list.add(card);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("attendance.none-today")));
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "menu.today";
    }
}
