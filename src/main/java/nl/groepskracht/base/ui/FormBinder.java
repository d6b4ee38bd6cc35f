package nl.groepskracht.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Optional;

/**
 * The binder of every portal form: Bean Validation as {@link BeanValidationBinder}, and what the
 * rules on the bean say shown before anyone saves — a required mark on {@code @NotBlank} fields too
 * (Vaadin's default marks only {@code @NotNull}, {@code @NotEmpty} and {@code @Size(min > 0)}), and a
 * character counter on text fields with a {@code @Size(max)}.
 */
public class FormBinder<T> extends BeanValidationBinder<T> {

    private static final RequiredFieldConfigurator NOT_BLANK =
            (annotation, binding) -> annotation.annotationType().equals(NotBlank.class);

    private final Class<T> beanType;

    public FormBinder(Class<T> beanType) {
        super(beanType);
        this.beanType = beanType;
        setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain(NOT_BLANK));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding,
            PropertyDefinition<T, ?> definition) {
        BindingBuilder<T, ?> configured = super.configureBinding(binding, definition);
        HasValue<?, ?> field = binding.getField();
        if (field instanceof TextFieldBase<?, ?> text && text.getEmptyValue() instanceof String) {
            maxLength(definition.getName()).ifPresent(max -> CharacterCounter.attach(
                    (TextFieldBase<?, String>) text, max));
        }
        return configured;
    }

    private Optional<Integer> maxLength(String property) {
        for (Class<?> type = beanType; type != null; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(property);
                Size size = declared.getAnnotation(Size.class);
                return size == null || size.max() == Integer.MAX_VALUE ? Optional.empty() : Optional.of(size.max());
            } catch (NoSuchFieldException notHere) {
                // a property of a superclass
            }
        }
        return Optional.empty();
    }
}
