package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.KnowledgeDraft;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.knowledge.SessionReports;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.base.ui.OnceButton;

/**
 * Writing or changing an item. {@code kennis/nieuw?sessie=<id>} (the attendance sheet's "Verslag
 * schrijven") starts a session report from that session's date, attendance count and note.
 */
@Route("kennis/nieuw")
@RouteAlias("kennis/:itemId(\\d+)/bewerken")
@RolesAllowed({Roles.FACILITATOR, Roles.ADVISEUR})
@StyleSheet("groepskracht/knowledge.css")
public class KnowledgeEditorView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final KnowledgeService knowledge;
    private final SessionReports reports;
    private final java.util.List<nl.groepskracht.knowledge.DraftStarter> starters;
    private final KnowledgeForm form;
    private KnowledgeDraft draft;
    private Long itemId;

    KnowledgeEditorView(KnowledgeService knowledge, SessionReports reports, DirectoryService directory,
            GroupService groups, java.util.List<nl.groepskracht.knowledge.DraftStarter> starters) {
        this.knowledge = knowledge;
        this.reports = reports;
        this.starters = starters;
        addClassName("gk-page");
        form = new KnowledgeForm(directory.allThemes(), directory.allWijken(),
                groups.list(GroupFilter.none(), PageRequest.of(0, 500, Sort.by("name"))).getContent());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("itemId").isPresent()) {
            RouteParameters.showById(event, "itemId", id -> show(id, knowledge.draft(id)));
            return;
        }
        var query = event.getLocation().getQueryParameters();
        var session = query.getSingleParameter("sessie");
        try {
            var started = starters.stream().filter(s -> query.getSingleParameter(s.parameter()).isPresent()).findFirst()
                    .map(s -> s.start(query.getSingleParameter(s.parameter()).orElseThrow(), getLocale()));
            show(null, started.isPresent() ? started.get()
                    : session.isPresent() ? new ReportText(reports.start(Long.parseLong(session.get()),
                            getTranslation("knowledge.report.name-blanked"))).draft()
                    : new KnowledgeDraft());
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void show(Long id, KnowledgeDraft toEdit) {
        itemId = id;
        draft = toEdit;
        removeAll();
        form.binder.readBean(draft);
        var save = new OnceButton(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        var cancel = new Anchor(id == null ? "kennis" : "kennis/" + id, getTranslation("action.cancel"));
        var actions = new FlexLayout(save, cancel);
        actions.addClassName("gk-actions");
        add(new ViewHeader(getTranslation(id == null ? "knowledge.new" : "knowledge.edit")), form, actions);
    }

    private void save() {
        if (!form.binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            long saved;
            if (itemId == null) {
                saved = knowledge.create(draft);
            } else {
                knowledge.update(itemId, draft);
                saved = itemId;
            }
            Toasts.saved();
            getUI().ifPresent(ui -> ui.navigate("kennis/" + saved));
        } catch (FieldValidationException refused) {
            if (KnowledgeService.PARENT_NAMED.equals(refused.messageKey())) {
                new ParentNamedWarning(() -> {
                    draft.setParentNamedOnPurpose(true);
                    save();
                }).open();
            } else {
                form.showRefusal(refused);
            }
        }
    }

    @Override
    public String titleKey() {
        return "knowledge.edit";
    }
}
