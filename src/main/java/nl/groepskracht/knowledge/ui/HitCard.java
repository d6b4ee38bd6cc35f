package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import nl.groepskracht.knowledge.SearchHit;

/**
 * One result: title (a link), kind, theme, wijk, date, and the snippet with the matched words
 * marked. Title and snippet are escaped text from the index with only {@code <mark>} added.
 */
class HitCard extends Div {

    HitCard(SearchHit hit, Map<Long, String> themes, Map<Long, String> wijken) {
        addClassName("gk-kb-hit");
        var title = new Anchor("kennis/" + hit.id(), "");
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        title.addClassName("gk-kb-title");
        title.setId("hit-" + hit.id());
        var kind = new Span(KnowledgeLabels.kind(hit.kind()));
        kind.addClassName("gk-kb-kind");
        String where = hit.wijkId() == null ? getTranslation("knowledge.all-wijken") : wijken.get(hit.wijkId());
        var meta = new Span(String.join(" · ", themes.getOrDefault(hit.themeId(), ""), where,
                KnowledgeLabels.date(hit.updatedAt())));
        meta.addClassName("gk-kb-meta");
        var snippet = new Span();
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        snippet.addClassName("gk-kb-snippet");
        add(title, new Div(kind, meta), snippet);
        if (hit.foundInAttachment() != null) {
            var foundIn = new Span(getTranslation("knowledge.found-in-attachment", hit.foundInAttachment()));
            foundIn.addClassName("gk-kb-found-in");
            add(foundIn);
        }
    }
}
