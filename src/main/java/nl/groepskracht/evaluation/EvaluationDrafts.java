package nl.groepskracht.evaluation;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.DraftStarter;
import nl.groepskracht.knowledge.KnowledgeDraft;
import nl.groepskracht.knowledge.KnowledgeKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Evaluatie schrijven" on a group's results: {@code kennis/nieuw?evaluatie=<group>} starts an
 * EVALUATIE item for the group, prefilled with the parents' figures (only when five or more answered)
 * and headings for what the facilitators learned. Open answers are not copied: the facilitator sums them up.
 */
@Component
class EvaluationDrafts implements DraftStarter {

    private final EvaluationResults results;
    private final GroupService groups;
    private final MessageSource messages;

    EvaluationDrafts(EvaluationResults results, GroupService groups, MessageSource messages) {
        this.results = results;
        this.groups = groups;
        this.messages = messages;
    }

    @Override
    public String parameter() {
        return "evaluatie";
    }

    @Override
    public KnowledgeDraft start(String value, Locale language) {
        long groupId;
        try {
            groupId = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NoSuchElementException("no group " + value);
        }
        GroupResults result = results.group(groupId);
        GroupDetails group = groups.get(groupId);
        var draft = new KnowledgeDraft();
        draft.setKind(KnowledgeKind.EVALUATIE);
        draft.setThemeId(group.themeId());
        draft.setWijkId(group.wijkId());
        draft.setGroupId(groupId);
        draft.setTitle(text("evaluation.draft.title", language, group.name()));
        draft.setSummary(text("evaluation.draft.summary", language, group.name()));
        draft.setBody(text("evaluation.draft.body", language, figures(result.verdict(), language)));
        return draft;
    }

    private String figures(Verdict verdict, Locale language) {
        if (!verdict.enough()) {
            return text("evaluation.too-few", language);
        }
        String scores = verdict.scores().stream().map(s -> "- " + text("evaluation.draft.score", language,
                text("evaluation.question." + s.question().key(), language), s.average().text(language),
                s.agreed().text(language))).collect(Collectors.joining("\n"));
        return text("evaluation.draft.answers", language, verdict.answers().text(language),
                verdict.invited().text(language)) + "\n\n" + scores + "\n- " + text("evaluation.draft.more-help",
                language, text("evaluation.more-help.question", language), verdict.moreHelpYes().text(language),
                verdict.moreHelpNo().text(language), verdict.moreHelpUnsure().text(language));
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
