package nl.groepskracht.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.calendar.CalendarFeedService;
import org.springframework.beans.factory.annotation.Value;

/** The professional's private calendar feed: a URL to subscribe to, to copy or to replace. */
@Route("agenda")
@Menu(order = 20, title = "menu.calendar", icon = "vaadin:calendar")
@PermitAll
public class MyCalendarView extends VerticalLayout implements TranslatedTitle {

    private final CalendarFeedService feeds;
    private final String publicUrl;
    private final TextField url = new TextField(getTranslation("feed.url"));

    MyCalendarView(CalendarFeedService feeds, @Value("${groepskracht.public-url}") String publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        addClassName("gk-page");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("feed-url");
        url.setValue(toUrl(feeds.myToken()));
        var copy = new Button(getTranslation("feed.copy"), e -> {
            url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url.getValue());
            Notification.show(getTranslation("feed.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var regenerate = new Button(getTranslation("feed.regenerate"), e -> {
            url.setValue(toUrl(feeds.regenerateMyToken()));
            Notification.show(getTranslation("feed.regenerated"));
        });
        regenerate.setId("feed-regenerate");
        var actions = new FlexLayout(copy, regenerate);
        actions.addClassName("gk-actions");
        add(new ViewHeader(getTranslation("menu.calendar")), new Paragraph(getTranslation("feed.explain")), url,
                actions, new Paragraph(getTranslation("feed.secret")));
    }

    private String toUrl(String token) {
        return publicUrl + "/calendar/" + token + ".ics";
    }

    @Override
    public String titleKey() {
        return "menu.calendar";
    }
}
