package nl.groepskracht.knowledge;

import java.util.Set;
import nl.groepskracht.directory.DirectoryService;

/** Valid item drafts for tests; a marker tag keeps each test's items apart in the shared index. */
final class Items {

    private Items() {
    }

    static KnowledgeDraft draft(DirectoryService directory, String title, String summary, String body,
            String... tags) {
        var draft = new KnowledgeDraft();
        draft.setTitle(title);
        draft.setSummary(summary);
        draft.setBody(body);
        draft.setKind(KnowledgeKind.WERKZAAM_ELEMENT);
        draft.setThemeId(theme(directory, "echtscheiding"));
        draft.setTags(Tags.parse(String.join(",", tags)));
        return draft;
    }

    static long theme(DirectoryService directory, String code) {
        return directory.allThemes().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    static long wijk(DirectoryService directory, String name) {
        return directory.allWijken().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().id();
    }

    static String marker() {
        return "m" + System.nanoTime();
    }

    static Set<String> only(String marker) {
        return Set.of(marker);
    }
}
