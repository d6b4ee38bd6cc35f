package nl.groepskracht.group.ui;

import com.vaadin.flow.component.UI;
import java.util.function.LongConsumer;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.stereotype.Component;

/** Opens the group editor for a new or an existing group. */
@Component
public class GroupDialogs {

    private final GroupService groups;
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;

    GroupDialogs(GroupService groups, DirectoryService directory, ProfessionalDirectory professionals) {
        this.groups = groups;
        this.directory = directory;
        this.professionals = professionals;
    }

    public void create(LongConsumer onSaved) {
        var draft = new GroupDraft();
        professionals.current().ifPresent(me -> draft.getFacilitatorIds().add(me.id()));
        open(null, draft, onSaved);
    }

    public void edit(long id, GroupDraft draft, Runnable onSaved) {
        open(id, draft, saved -> onSaved.run());
    }

    private void open(Long id, GroupDraft draft, LongConsumer onSaved) {
        var editor = new GroupEditor(directory.allThemes(), directory.allWijken(), professionals.facilitators(),
                directory.allOrganisations());
        long[] savedId = {id == null ? 0 : id};
        var title = UI.getCurrent().getTranslation(id == null ? "group.new" : "group.edit");
        var dialog = new EditorDialog<>(title, editor, editor.binder(), draft, changed -> {
            if (id == null) {
                savedId[0] = groups.create(changed);
            } else {
                groups.update(id, changed);
            }
        }, () -> onSaved.accept(savedId[0]));
        dialog.setWidth("min(56rem, 100vw)");
        dialog.open();
    }
}
