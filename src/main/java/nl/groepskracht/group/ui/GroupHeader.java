package nl.groepskracht.group.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.LongConsumer;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.base.ui.OnceButton;

/**
 * The top of a group page: name, status, the facts parents see, and the actions the group's
 * facilitators may take (edit, open for sign-up, start, close).
 */
public class GroupHeader extends Div {

    private final GroupService groups;
    private final GroupDialogs dialogs;
    private final Runnable reload;
    private final java.time.Clock clock;

    public GroupHeader(GroupDetails group, String themeName, String wijkName, String facilitatorNames,
            GroupService groups, GroupDialogs dialogs, java.time.Clock clock, Runnable reload) {
        this.clock = clock;
        this.groups = groups;
        this.dialogs = dialogs;
        this.reload = reload;
        addClassName("gk-group-header");
        var status = new Span(getTranslation("group.status." + group.status().name()));
        status.addClassName("gk-status");
        status.getElement().setAttribute("theme", "badge");
        status.setId("group-status");
        var title = new H1(group.name());
        var facts = new Paragraph(String.join(" · ", themeName, wijkName,
                getTranslation("group.age-range." + group.ageRange().name()),
                group.capacity() == null ? getTranslation("group.signup-mode.WALK_IN")
                        : getTranslation("group.capacity.places", group.capacity()),
                group.location()));
        facts.addClassName("gk-facts");
        var who = new Paragraph(getTranslation("group.facilitators") + ": " + facilitatorNames);
        add(new Div(title, status), facts, who);
        if (group.description() != null) {
            add(new Paragraph(group.description()));
        }
        if (group.manageable()) {
            add(actions(group));
        }
    }

    private FlexLayout actions(GroupDetails group) {
        var actions = new FlexLayout();
        actions.addClassName("gk-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        var edit = new OnceButton(getTranslation("group.edit"), e -> dialogs.edit(group.id(), group.toDraft(), reload));
        edit.setId("edit-group");
        actions.add(edit);
        if (group.status() == GroupStatus.DRAFT) {
            actions.add(action("open-group", "group.action.open", groups::open, group.id()));
        }
        if (group.status() == GroupStatus.OPEN) {
            actions.add(action("start-group", "group.action.start", groups::start, group.id()));
        }
        if (group.status() != GroupStatus.CLOSED) {
            var close = new OnceButton(getTranslation("group.action.close"), e -> confirmClose(group.id()));
            close.setId("close-group");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        } else if (group.reopenableUntil() != null && group.reopenableUntil().isAfter(java.time.Instant.now(clock))) {
            var until = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(getLocale()).format(group.reopenableUntil().atZone(nl.groepskracht.base.AppZone.ID));
            add(new Paragraph(getTranslation("group.reopen.until", until)));
            actions.add(action("reopen-group", "group.action.reopen", groups::reopen, group.id()));
        }
        return actions;
    }

    /** Closing ends the coming sessions for everyone: asked once more, with what it does. */
    private void confirmClose(long groupId) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("group.close.title"));
        dialog.setText(getTranslation("group.close.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        var confirm = new OnceButton(getTranslation("group.close.confirm"), e -> {
            dialog.close();
            run(groups::close, groupId);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-close");
        dialog.setConfirmButton(confirm);
        dialog.setId("close-group-dialog");
        dialog.open();
    }

    private Button action(String id, String labelKey, LongConsumer change, long groupId) {
        var button = new OnceButton(getTranslation(labelKey), e -> run(change, groupId));
        button.setId(id);
        return button;
    }

    private void run(LongConsumer change, long groupId) {
        try {
            change.accept(groupId);
            reload.run();
        } catch (FieldValidationException refused) {
            Toasts.error(getTranslation(refused.messageKey(), refused.args()));
        }
    }
}
