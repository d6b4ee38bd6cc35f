package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** One block of the start page: a heading, its lines, and what to do when there are none. */
public class StartCard extends Section {

    private final Div lines = new Div();
    private final H2 heading = new H2();

    public StartCard(String id) {
        setId(id);
        addClassName("gk-start-card");
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        lines.addClassName("gk-start-lines");
        add(heading, lines);
    }

    /** The heading (set after construction, so that the card's own translation can be used). */
    public StartCard title(String title) {
        heading.setText(title);
        return this;
    }

    /** Adds a line (a row with text and a link or button). */
    public StartCard line(Component... parts) {
        var line = new Div(parts);
        line.addClassName("gk-start-line");
        lines.add(line);
        return this;
    }

    public boolean isEmpty() {
        return lines.getComponentCount() == 0;
    }

    /** When there are no lines: a sentence that says what to do next, and the button to do it (or null). */
    public StartCard whenEmpty(String text, Component action) {
        if (isEmpty()) {
            var empty = new Div(new Paragraph(text));
            empty.addClassName("gk-start-empty");
            if (action != null) {
                empty.add(action);
            }
            lines.add(empty);
        }
        return this;
    }

    /** A primary button that goes to a route: the next step of an empty state. */
    public static Button go(String id, String text, String route) {
        var button = new Button(text, e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(route)));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    /** A link under the lines to the full page. */
    public StartCard more(String text, Class<? extends Component> view) {
        var link = new RouterLink(text, view);
        link.addClassName("gk-start-more");
        add(link);
        return this;
    }

    /** A small highlighted number with its label, e.g. "3 nieuw". */
    public static Component badge(String text, boolean attention) {
        var badge = new Span(text);
        badge.addClassName(attention ? "gk-badge-attention" : "gk-badge");
        return badge;
    }
}
