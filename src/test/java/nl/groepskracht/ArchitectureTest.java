package nl.groepskracht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.notification.Notification;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.groepskracht.base.AccessRule;
import nl.groepskracht.base.ui.Toasts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

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

    /**
     * One rule for security on services: every public method of a module's API (a public Spring bean in a
     * module's root package) states who may call it, on the method or on its class: {@code @PreAuthorize}
     * (Spring Security checks it) or {@link AccessRule} (the method checks it itself, or no person calls it).
     * Methods only Spring calls (scheduled jobs, event listeners, demo-data runners) are left out.
     */
    @Test
    void every_public_method_of_a_module_api_states_who_may_call_it() {
        methods().that().arePublic().and().areNotStatic()
                .and().areDeclaredInClassesThat(MODULE_API_BEANS)
                .and().areNotAnnotatedWith(Scheduled.class)
                .and().areNotMetaAnnotatedWith(EventListener.class)
                .should(STATE_WHO_MAY_CALL)
                .check(classes);
    }

    private static final DescribedPredicate<JavaClass> MODULE_API_BEANS = new DescribedPredicate<>(
            "public Spring beans in a module's root package") {
        @Override
        public boolean test(JavaClass type) {
            String module = type.getPackageName().replaceFirst("^nl\\.groepskracht\\.?", "");
            return type.getModifiers().contains(JavaModifier.PUBLIC) && !module.isEmpty() && !module.contains(".")
                    && !"base".equals(module) && type.isMetaAnnotatedWith(Component.class)
                    && !type.isMetaAnnotatedWith(Configuration.class) && !type.isAssignableTo(ApplicationRunner.class);
        }
    };

    private static final ArchCondition<JavaMethod> STATE_WHO_MAY_CALL = new ArchCondition<>(
            "say who may call them (@PreAuthorize or @AccessRule on the method or its class)") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean stated = List.of(PreAuthorize.class, AccessRule.class).stream().anyMatch(rule ->
                    method.isAnnotatedWith(rule) || method.getOwner().isAnnotatedWith(rule));
            if (!stated) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                        + " does not say who may call it"));
            }
        }
    };
}
