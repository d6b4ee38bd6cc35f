package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Set;

/**
 * A part of the start page, contributed by a feature module for the roles it serves (Spring beans; the
 * start page shows those whose roles the signed-in professional has, in {@link #order()}). A section
 * says what to do next when there is nothing to show, with the button to do it.
 */
public interface StartPageSection {

    /** The role names ({@link nl.groepskracht.base.Roles}) that see this section. */
    Set<String> roles();

    /** Lower comes first. */
    int order();

    /** A fresh component for one visit of the start page. */
    Component create();

    /** A text in the language of the start page being built. */
    default String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
