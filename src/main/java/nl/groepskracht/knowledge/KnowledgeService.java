package nl.groepskracht.knowledge;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupNotFoundException;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.signup.ParentNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.HtmlUtils;

/**
 * Writing and reading knowledge items. Every save keeps a version. Any professional reads;
 * facilitators and the adviseur write; only the author and the adviseur change an item.
 */
@Service
@Validated
public class KnowledgeService {

    /** The refusal that is a warning: the text names a parent of the group; saving it anyway is the author's call. */
    public static final String PARENT_NAMED = "knowledge.parent-named";

    private final KnowledgeItemRepository items;
    private final KnowledgeVersionRepository versions;
    private final KnowledgeAccess access;
    private final DirectoryService directory;
    private final GroupService groups;
    private final ScheduleService schedule;
    private final ProfessionalDirectory professionals;
    private final ParentNames names;
    private final TemplateText templates;
    private final Submissions submissions;
    private final Clock clock;

    KnowledgeService(KnowledgeItemRepository items, KnowledgeVersionRepository versions, KnowledgeAccess access,
            DirectoryService directory, GroupService groups, ScheduleService schedule,
            ProfessionalDirectory professionals, ParentNames names, TemplateText templates, Submissions submissions,
            Clock clock) {
        this.names = names;
        this.items = items;
        this.versions = versions;
        this.access = access;
        this.directory = directory;
        this.groups = groups;
        this.schedule = schedule;
        this.professionals = professionals;
        this.templates = templates;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** A new item, once per form submission (a second click returns the item the first one made). */
    @Transactional
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public long create(@Valid KnowledgeDraft draft) {
        Professional me = access.me();
        check(draft);
        return submissions.once(draft.submissionKey(), "knowledge-item", () -> {
            var item = new KnowledgeItem(me.id(), clock.instant());
            item.apply(draft, clock.instant());
            items.saveAndFlush(item);
            versions.save(new KnowledgeVersion(item, me.id(), null));
            return item.getId();
        }).id();
    }

    @Transactional
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public void update(long id, @Valid KnowledgeDraft draft) {
        KnowledgeItem item = find(id);
        Professional me = access.requireEditor(item);
        check(draft);
        item.apply(draft, clock.instant());
        versions.save(new KnowledgeVersion(item, me.id(), null));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public ItemDetails get(long id) {
        KnowledgeItem item = find(id);
        Professional me = access.me();
        return new ItemDetails(item.getId(), item.getTitle(), item.getSummary(), item.getBody(),
                Markdown.toSafeHtml(item.getBody()), item.getKind(), item.getThemeId(), item.getWijkId(),
                item.getGroupId(), new TreeSet<>(item.getTags()), item.getLicenceNote(), name(item.getAuthorId()),
                item.getCreatedAt(), item.getUpdatedAt(), item.getRevision(),
                item.getAttachments().stream().map(KnowledgeAttachment::toInfo).toList(), access.mayEdit(item, me));
    }

    /** The item as the editor fills it in; only for those who may change it. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public KnowledgeDraft draft(long id) {
        KnowledgeItem item = find(id);
        access.requireEditor(item);
        return item.toDraft();
    }

    /** A group's own items (its session reports and anything else linked to it), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<SearchHit> ofGroup(long groupId) {
        groups.get(groupId);
        return items.findByGroupIdOrderByUpdatedAtDesc(groupId).stream()
                .map(i -> new SearchHit(i.getId(), HtmlUtils.htmlEscape(i.getTitle()),
                        HtmlUtils.htmlEscape(i.getSummary()), i.getKind(), i.getThemeId(), i.getWijkId(),
                        i.getUpdatedAt(), null))
                .toList();
    }

    /** Titles of the items of one kind for these themes, alphabetical (the werkzame elementen of a report). */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<ThemedTitle> titles(KnowledgeKind kind, java.util.Collection<Long> themeIds) {
        return themeIds.isEmpty() ? List.of() : items.titles(kind, themeIds);
    }

    private void check(KnowledgeDraft draft) {
        if (templates.onlyTemplate(draft.getKind(), draft.getBody())) {
            throw new FieldValidationException("body", "knowledge.body.only-template");
        }
        if (!directory.themeExists(draft.getThemeId())) {
            throw new FieldValidationException("themeId", "validation.unknown");
        }
        if (draft.getWijkId() != null && !directory.wijkExists(draft.getWijkId())) {
            throw new FieldValidationException("wijkId", "validation.unknown");
        }
        if (draft.getGroupId() != null && !readable(draft.getGroupId())) {
            throw new FieldValidationException("groupId", "validation.unknown");
        }
        if (draft.getSessionId() != null && !sessionOfGroup(draft.getSessionId(), draft.getGroupId())) {
            throw new FieldValidationException("groupId", "validation.unknown");
        }
        // every professional reads the item and its versions stay: warn when it names one of the group's parents.
        // Only its facilitators see who they are; for anyone else the warning would answer "is X a parent here?"
        if (draft.getGroupId() != null && !draft.isParentNamedOnPurpose() && facilitates(draft.getGroupId())
                && names.mentionParent(draft.getGroupId(), draft.getTitle(), draft.getSummary(), draft.getBody())) {
            throw new FieldValidationException("body", PARENT_NAMED);
        }
    }

    private boolean readable(long groupId) {
        try {
            return groups.canRead(groupId);
        } catch (GroupNotFoundException e) {
            return false;
        }
    }

    private boolean facilitates(long groupId) {
        return groups.ref(groupId).facilitatorIds().contains(professionals.requireCurrent().id());
    }

    private boolean sessionOfGroup(long sessionId, Long groupId) {
        try {
            return groupId != null && schedule.session(sessionId).groupId() == groupId;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    KnowledgeItem find(long id) {
        return items.findById(id).orElseThrow(() -> new KnowledgeNotFoundException("knowledge item " + id));
    }

    String name(long professionalId) {
        return professionals.findAll(List.of(professionalId)).stream().map(Professional::name).findFirst()
                .orElse("?");
    }
}
