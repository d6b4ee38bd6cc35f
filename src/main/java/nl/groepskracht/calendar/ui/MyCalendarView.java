package nl.groepskracht.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
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
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.base.ui.OnceButton;

/**
 * The professional's private calendar feed. Its secret address is shown once, when it is made (only
 * a hash is kept); lost it, or someone else knows it: make a new one and the old one stops working.
 */
@Route("agenda")
@Menu(order = 20, title = "menu.calendar", icon = "vaadin:calendar")
@PermitAll
public class MyCalendarView extends VerticalLayout implements TranslatedTitle {

    private final CalendarFeedService feeds;
    private final String publicUrl;
    private final TextField url = new TextField(getTranslation("feed.url"));
    private final Paragraph state = new Paragraph();

    MyCalendarView(CalendarFeedService feeds, @Value("${groepskracht.public-url}") String publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        addClassName("gk-page");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("feed-url");
        url.setVisible(false);
        url.setHelperText(getTranslation("feed.shown-once"));
        state.setId("feed-state");
        var copy = new Button(getTranslation("feed.copy"), e -> {
            url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url.getValue());
            Toasts.success(getTranslation("feed.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setVisible(false);
        var make = new OnceButton(getTranslation("feed.regenerate"), e -> {
            url.setValue(publicUrl() + feeds.newFeedToken() + ".ics");
            url.setVisible(true);
            copy.setVisible(true);
            showState();
            Toasts.success(getTranslation("feed.regenerated"));
        });
        make.setId("feed-regenerate");
        var actions = new FlexLayout(make, copy);
        actions.addClassName("gk-actions");
        showState();
        add(new ViewHeader(getTranslation("menu.calendar")), new Paragraph(getTranslation("feed.explain")), state,
                url, actions, new Paragraph(getTranslation("feed.secret")));
    }

    private void showState() {
        state.setText(feeds.myFeedSince().map(since -> getTranslation("feed.since",
                nl.groepskracht.base.i18n.Dates.moment(getLocale()).format(since))).orElse(getTranslation("feed.none")));
    }

    private String publicUrl() {
        return publicUrl + "/calendar/";
    }

    @Override
    public String titleKey() {
        return "menu.calendar";
    }
}
