package nl.groepskracht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.notification.Notification;
import jakarta.persistence.EntityManager;
import nl.groepskracht.base.ui.Toasts;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.groepskracht");

    @Test
    void views_and_controllers_never_touch_repositories_or_the_entity_manager() {
        noClasses().that().resideInAnyPackage("nl.groepskracht..ui..", "nl.groepskracht..web..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    /** Messages appear where {@code Toasts} puts them: never over the menu's "Uitloggen" (bottom left). */
    @Test
    void every_message_is_shown_through_toasts() {
        noClasses().that().doNotHaveFullyQualifiedName(Toasts.class.getName())
                .should().callMethod(Notification.class, "show", String.class)
                .orShould().callMethod(Notification.class, "show", String.class, int.class, Notification.Position.class)
                .orShould().callConstructor(Notification.class)
                .orShould().callConstructor(Notification.class, String.class)
                .orShould().callConstructor(Notification.class, String.class, int.class)
                .orShould().callConstructor(Notification.class, String.class, int.class, Notification.Position.class)
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses().that().resideOutsideOfPackages("nl.groepskracht..ui..")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("nl.groepskracht..ui..")
                .check(classes);
    }
}
