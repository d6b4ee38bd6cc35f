package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A page title with the page's main actions beside it (wrapping below it on a phone). */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        addClassName("gk-view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        var heading = new H1(title);
        add(heading);
        setFlexGrow(1, heading);
        add(actions);
    }
}
