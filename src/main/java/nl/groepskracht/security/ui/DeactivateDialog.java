package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.groepskracht.base.ui.OnceButton;
import nl.groepskracht.security.LedGroups.LedGroup;

/**
 * Asks once more before an account is deactivated, and says what it does: the person can no longer
 * sign in, and each group they lead either goes on with its other facilitators (named) or is left
 * without one — then the administrator knows to give it another facilitator first.
 */
class DeactivateDialog extends ConfirmDialog {

    DeactivateDialog(String name, List<LedGroup> groups, Runnable deactivate) {
        setId("deactivate-dialog");
        setHeader(getTranslation("user.deactivate.title", name));
        var text = new Div(new Paragraph(getTranslation("user.deactivate.text", name)));
        if (groups.isEmpty()) {
            text.add(new Paragraph(getTranslation("user.deactivate.no-groups", name)));
        } else {
            text.add(new Paragraph(getTranslation("user.deactivate.groups", name, groups.size())));
            var list = new UnorderedList();
            list.setId("deactivate-groups");
            for (LedGroup group : groups) {
                list.add(new ListItem(group.otherFacilitators().isEmpty()
                        ? getTranslation("user.deactivate.group.alone", group.name())
                        : getTranslation("user.deactivate.group.goes-on", group.name(),
                                String.join(", ", group.otherFacilitators()))));
            }
            text.add(list);
        }
        setText(text);
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        var confirm = new OnceButton(getTranslation("user.deactivate"), () -> {
            close();
            deactivate.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-deactivate");
        setConfirmButton(confirm);
    }
}
