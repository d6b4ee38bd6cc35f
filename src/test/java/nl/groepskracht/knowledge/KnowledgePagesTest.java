package nl.groepskracht.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The versions page, the group's knowledge page, and every kind has a name in both languages. */
class KnowledgePagesTest extends KaribuTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    DirectoryService directory;
    @Autowired
    GroupService groups;

    @Test
    void the_versions_page_compares_the_last_two_and_the_author_restores_an_older_one() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long id = as(fatima, () -> knowledge.create(Items.draft(directory, "Kring", "Samen.", "Eerste zin.")));
        as(fatima, () -> knowledge.update(id, Items.draft(directory, "Kring", "Samen.", "Tweede zin.")));
        navigate("kennis/" + id + "/versies");
        String diff = _get(Div.class, spec -> spec.withId("version-shown")).getElement().getTextRecursively();
        assertThat(diff).contains("Eerste zin.", "Tweede zin.");

        _click(restoreButton(1));
        assertThat(as(fatima, () -> knowledge.get(id))).satisfies(item -> {
            assertThat(item.body()).isEqualTo("Eerste zin.");
            assertThat(item.revision()).isEqualTo(3);
        });

        loginAs("Sanne", Role.FACILITATOR);
        navigate("kennis/" + id + "/versies");
        assertThat(actions(2).getChildren()).extracting(c -> c.getId().orElse("")).containsExactly("view-1");
    }

    /** Versions are listed newest first: version 1 of n is row n - 1. */
    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.Component actions(int row) {
        Grid<VersionInfo> grid = _get(Grid.class, spec -> spec.withId("versions"));
        return GridKt._getCellComponent(grid, row, "actions");
    }

    private static Button restoreButton(int row) {
        return (Button) actions(row).getChildren().filter(c -> c.getId().orElse("").startsWith("restore-"))
                .findFirst().orElseThrow();
    }

    @Test
    void the_group_page_links_to_knowledge_for_its_theme_and_its_own_reports() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "spelinloop", Set.of())));
        KnowledgeDraft own = Items.draft(directory, "Verslag eerste ochtend", "Rustig begin.", "");
        own.setKind(KnowledgeKind.SESSIEVERSLAG);
        own.setThemeId(Items.theme(directory, "spelinloop"));
        own.setGroupId(groupId);
        long report = as(fatima, () -> knowledge.create(own));
        KnowledgeDraft elsewhere = Items.draft(directory, "Spelen op de vloer", "Werkt.", "");
        elsewhere.setThemeId(Items.theme(directory, "spelinloop"));
        long relevant = as(fatima, () -> knowledge.create(elsewhere));

        navigate("groepen/" + groupId);
        assertThat(_get(Anchor.class, spec -> spec.withId("knowledge-link")).getHref())
                .isEqualTo("groepen/" + groupId + "/kennis");
        navigate("groepen/" + groupId + "/kennis");
        assertThat(_find(Anchor.class, spec -> spec.withId("hit-" + report))).hasSize(1);
        var relevantList = _get(Div.class, spec -> spec.withId("group-knowledge-relevant"));
        assertThat(_find(relevantList, Anchor.class, spec -> spec.withId("hit-" + relevant))).hasSize(1);
        assertThat(_find(relevantList, Anchor.class, spec -> spec.withId("hit-" + report))).isEmpty();

        loginAs("Sanne", Role.FACILITATOR);
        navigate("groepen/" + groupId + "/kennis");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

    @Test
    void every_kind_has_a_name_and_a_template_in_dutch_and_english() {
        loginAs("Fatima", Role.FACILITATOR);
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.forLanguageTag("nl"), java.util.Locale.ENGLISH)) {
            UI.getCurrent().setLocale(locale);
            for (KnowledgeKind kind : KnowledgeKind.values()) {
                assertThat(UI.getCurrent().getTranslation("knowledge.kind." + kind.name())).doesNotStartWith("!");
                assertThat(UI.getCurrent().getTranslation("knowledge.template." + kind.name()))
                        .doesNotStartWith("!").startsWith("## ");
            }
        }
    }
}
