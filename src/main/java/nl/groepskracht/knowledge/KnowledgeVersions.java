package nl.groepskracht.knowledge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of an item: every saved version with who and when, any version to read, the
 * difference between two, and bringing an old text back (as a new version, so nothing is lost).
 */
@Service
public class KnowledgeVersions {

    private final KnowledgeVersionRepository versions;
    private final KnowledgeService service;
    private final KnowledgeAccess access;
    private final ProfessionalDirectory professionals;
    private final Clock clock;

    KnowledgeVersions(KnowledgeVersionRepository versions, KnowledgeService service, KnowledgeAccess access,
            ProfessionalDirectory professionals, Clock clock) {
        this.versions = versions;
        this.service = service;
        this.access = access;
        this.professionals = professionals;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<VersionInfo> versions(long itemId) {
        service.find(itemId);
        List<KnowledgeVersion> all = versions.findByItemIdOrderByNumberDesc(itemId);
        Map<Long, String> names = professionals.findAll(all.stream().map(KnowledgeVersion::getEditedBy)
                .distinct().toList()).stream().collect(Collectors.toMap(Professional::id, Professional::name));
        return all.stream().map(v -> v.toInfo(names.getOrDefault(v.getEditedBy(), "?"))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public VersionText version(long itemId, int number) {
        return find(itemId, number).toText();
    }

    /** What changed from version {@code from} to version {@code to}, line by line. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<DiffLine> diff(long itemId, int from, int to) {
        List<String> before = find(itemId, from).toText().asDocument().lines().toList();
        List<String> after = find(itemId, to).toText().asDocument().lines().toList();
        List<DiffLine> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            while (position < delta.getSource().getPosition()) {
                lines.add(new DiffLine(DiffLine.Change.SAME, before.get(position++)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new DiffLine(DiffLine.Change.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new DiffLine(DiffLine.Change.ADDED, l)));
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        before.subList(position, before.size()).forEach(l -> lines.add(new DiffLine(DiffLine.Change.SAME, l)));
        return lines;
    }

    /** Brings back an old version's title, summary, text and tags as a new version. */
    @Transactional
    @PreAuthorize(KnowledgeAccess.WRITERS)
    public int restore(long itemId, int number) {
        KnowledgeItem item = service.find(itemId);
        Professional me = access.requireEditor(item);
        VersionText old = find(itemId, number).toText();
        KnowledgeDraft draft = item.toDraft();
        if (java.util.Objects.equals(draft.getTitle(), old.title()) && java.util.Objects.equals(draft.getSummary(),
                old.summary()) && java.util.Objects.equals(draft.getBody(), old.body())
                && draft.getTags().equals(Tags.parse(old.tags()))) {
            // already the text of that version (a second click on "restore"): no new version
            return item.getRevision();
        }
        draft.setTitle(old.title());
        draft.setSummary(old.summary());
        draft.setBody(old.body());
        draft.setTags(Tags.parse(old.tags()));
        item.apply(draft, clock.instant());
        versions.save(new KnowledgeVersion(item, me.id(), number));
        return item.getRevision();
    }

    private KnowledgeVersion find(long itemId, int number) {
        return versions.findByItemIdAndNumber(itemId, number).orElseThrow(
                () -> new KnowledgeNotFoundException("version " + number + " of knowledge item " + itemId));
    }
}
