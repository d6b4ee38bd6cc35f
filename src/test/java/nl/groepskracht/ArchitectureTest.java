package nl.groepskracht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
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

    @Test
    void services_do_not_depend_on_views() {
        noClasses().that().resideOutsideOfPackages("nl.groepskracht..ui..")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("nl.groepskracht..ui..")
                .check(classes);
    }
}
