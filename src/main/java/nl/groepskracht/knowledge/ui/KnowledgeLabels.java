package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.knowledge.KnowledgeKind;
import org.springframework.stereotype.Component;

/** Names of themes, wijken and kinds, and dates, as the knowledge pages show them. */
@Component
class KnowledgeLabels {

    private final DirectoryService directory;

    KnowledgeLabels(DirectoryService directory) {
        this.directory = directory;
    }

    Map<Long, String> themes() {
        return themes(directory.allThemes());
    }

    Map<Long, String> wijken() {
        return wijken(directory.allWijken());
    }

    /** The names of themes a page read already (so it reads the list once). */
    static Map<Long, String> themes(List<ThemeItem> themes) {
        return themes.stream().collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
    }

    static Map<Long, String> wijken(List<WijkItem> wijken) {
        return wijken.stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
    }

    static String kind(KnowledgeKind kind) {
        return UI.getCurrent().getTranslation("knowledge.kind." + kind.name());
    }

    static String date(Instant instant) {
        return nl.groepskracht.base.i18n.Dates.day(UI.getCurrent().getLocale())
                .withZone(AppZone.ID).format(instant);
    }

    static String dateTime(Instant instant) {
        return nl.groepskracht.base.i18n.Dates.moment(UI.getCurrent().getLocale()).format(instant);
    }
}
