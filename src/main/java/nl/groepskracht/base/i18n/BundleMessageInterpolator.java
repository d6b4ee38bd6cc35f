package nl.groepskracht.base.i18n;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Bean Validation messages such as {@code {validation.required}} come from our translation bundle.
 * Registered in META-INF/validation.xml, so Vaadin's BeanValidationBinder uses it too.
 */
public class BundleMessageInterpolator extends ResourceBundleMessageInterpolator {

    public BundleMessageInterpolator() {
        super(new PlatformResourceBundleLocator("vaadin-i18n/translations"));
    }
}
