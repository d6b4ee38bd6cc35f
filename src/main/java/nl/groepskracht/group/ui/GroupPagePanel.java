package nl.groepskracht.group.ui;

import com.vaadin.flow.component.Component;
import nl.groepskracht.group.GroupDetails;

/**
 * A part of a group's page ({@link GroupPage}) contributed by a module that builds on groups, such as
 * the sessions of the schedule module (Spring beans; shown below the group's facts in {@link #order()}).
 * The group module cannot know those modules: they depend on it.
 */
public interface GroupPagePanel {

    /** Lower comes first. */
    int order();

    /** A fresh component for one visit of the page; {@code reload} shows the page anew after a change. */
    Component create(GroupDetails group, Runnable reload);
}
