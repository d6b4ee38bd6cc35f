package nl.groepskracht.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a service method whose rule is not a role expression Spring Security can check: the
 * method checks it itself (only a group's facilitators, whoever holds a parent's secret link), or no
 * signed-in person calls it (a background job, another module inside its own checked call).
 *
 * <p>THE rule for services (enforced by {@code ArchitectureTest}): every public method of a module's API
 * (a public Spring bean in a module's root package) states who may call it — {@code @PreAuthorize} on the
 * method or its class, checked by Spring Security, or else this annotation on the method or its class.
 * A method's own annotation wins over its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AccessRule {

    /** Who may call, and where that is checked. */
    String value();
}
