package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Who may write and change items, comments, and the history of every save. */
@SpringBootTest
class KnowledgeServiceTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeVersions versions;
    @Autowired
    KnowledgeComments comments;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;

    Professional fatima;
    Professional sanne;
    Professional adviseur;
    Professional admin;

    @BeforeEach
    void people() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        sanne = accounts.create("Sanne", Role.FACILITATOR);
        adviseur = accounts.create("Joost", Role.ADVISEUR);
        admin = accounts.create("Mira", Role.ADMIN);
    }

    @Test
    void only_the_author_and_the_adviseur_change_an_item_but_everyone_reads_and_comments() {
        long id = as(fatima, () -> knowledge.create(draft("Herkenning", "Eerste tekst.")));
        KnowledgeDraft change = draft("Herkenning", "Door een collega veranderd.");

        assertThatThrownBy(() -> as(sanne, () -> knowledge.update(id, change)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(sanne, () -> knowledge.draft(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(sanne, () -> versions.restore(id, 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> knowledge.update(id, change)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(sanne, () -> knowledge.get(id)).editable()).isFalse();
        assertThat(as(fatima, () -> knowledge.get(id)).editable()).isTrue();

        as(adviseur, () -> knowledge.update(id, change));
        assertThat(as(admin, () -> knowledge.get(id)).body()).isEqualTo("Door een collega veranderd.");

        as(sanne, () -> comments.add(id, "Hoe lang duurde de kennismaking?"));
        as(fatima, () -> comments.add(id, "Ongeveer drie kwartier."));
        assertThat(as(admin, () -> comments.comments(id))).extracting(CommentInfo::authorName, CommentInfo::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sanne", "Hoe lang duurde de kennismaking?"),
                        org.assertj.core.groups.Tuple.tuple("Fatima", "Ongeveer drie kwartier."));
    }

    @Test
    void an_admin_reads_but_does_not_write_and_without_a_role_nothing_is_shown() {
        assertThatThrownBy(() -> as(admin, () -> knowledge.create(draft("Titel", "Tekst."))))
                .isInstanceOf(AccessDeniedException.class);
        long id = as(fatima, () -> knowledge.create(draft("Titel", "Tekst.")));
        assertThatThrownBy(() -> WithRole.as("PARENT", () -> knowledge.get(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_service_refuses_what_the_form_would_refuse() {
        KnowledgeDraft noTitle = draft(" ", "Tekst.");
        assertThatThrownBy(() -> as(fatima, () -> knowledge.create(noTitle)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        KnowledgeDraft unknownTheme = draft("Titel", "Tekst.");
        unknownTheme.setThemeId(999_999L);
        assertThatThrownBy(() -> as(fatima, () -> knowledge.create(unknownTheme)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("themeId");
        KnowledgeDraft emptyComment = draft("Titel", "Tekst.");
        long id = as(fatima, () -> knowledge.create(emptyComment));
        assertThatThrownBy(() -> as(sanne, () -> comments.add(id, "  ")))
                .isInstanceOf(FieldValidationException.class);
        assertThatThrownBy(() -> as(sanne, () -> comments.add(id, "x".repeat(KnowledgeComments.MAX + 1))))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void every_save_is_a_version_the_diff_shows_the_change_and_a_restore_brings_the_text_back() {
        long id = as(fatima, () -> knowledge.create(draft("Kennismaken", "Iedere ouder vertelt kort waarom.")));
        as(fatima, () -> knowledge.update(id, draft("Kennismaken", "Iedere ouder vertelt lang waarom.")));
        as(adviseur, () -> knowledge.update(id, draft("Kennismaken in de kring", "Weg ermee.")));

        assertThat(as(sanne, () -> versions.versions(id))).extracting(VersionInfo::number, VersionInfo::editorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Joost"),
                        org.assertj.core.groups.Tuple.tuple(2, "Fatima"),
                        org.assertj.core.groups.Tuple.tuple(1, "Fatima"));
        assertThat(as(sanne, () -> versions.diff(id, 1, 2))).contains(
                new DiffLine(DiffLine.Change.REMOVED, "Iedere ouder vertelt kort waarom."),
                new DiffLine(DiffLine.Change.ADDED, "Iedere ouder vertelt lang waarom."),
                new DiffLine(DiffLine.Change.SAME, "# Kennismaken"));
        assertThat(as(sanne, () -> versions.version(id, 1)).body()).isEqualTo("Iedere ouder vertelt kort waarom.");

        int restored = as(fatima, () -> versions.restore(id, 1));
        assertThat(restored).isEqualTo(4);
        ItemDetails now = as(sanne, () -> knowledge.get(id));
        assertThat(now.title()).isEqualTo("Kennismaken");
        assertThat(now.body()).isEqualTo("Iedere ouder vertelt kort waarom.");
        assertThat(as(sanne, () -> versions.versions(id)).getFirst().restoredFrom()).isEqualTo(1);
        assertThat(as(sanne, () -> versions.diff(id, 1, 4))).allMatch(l -> l.change() == DiffLine.Change.SAME);
    }

    private KnowledgeDraft draft(String title, String body) {
        return Items.draft(directory, title, "Samenvatting.", body);
    }
}
