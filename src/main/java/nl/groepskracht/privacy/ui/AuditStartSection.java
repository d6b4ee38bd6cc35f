package nl.groepskracht.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.StartCard;
import nl.groepskracht.base.ui.StartPageSection;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.privacy.AuditSentences;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The administrator's start page: the latest looks at and changes of parents' data and accounts, as sentences. */
@org.springframework.stereotype.Component
class AuditStartSection implements StartPageSection {

    static final int LATEST = 5;

    private final AuditLog audit;
    private final AuditSentences sentences;

    AuditStartSection(AuditLog audit, AuditSentences sentences) {
        this.audit = audit;
        this.sentences = sentences;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Component create() {
        var card = new StartCard("start-audit").title(t("start.audit"));
        var locale = UI.getCurrent().getLocale();
        var format = nl.groepskracht.base.i18n.Dates.moment(locale);
        for (AuditEntry entry : audit.list(PageRequest.of(0, LATEST, Sort.by(Sort.Direction.DESC, "id")))) {
            var when = new Span(format.format(entry.at()));
            when.addClassName("gk-meta");
            card.line(when, new Span(sentences.what(entry, locale)));
        }
        card.whenEmpty(t("start.audit.none"), null);
        card.more(t("start.audit.all"), AuditLogView.class);
        return card;
    }
}
