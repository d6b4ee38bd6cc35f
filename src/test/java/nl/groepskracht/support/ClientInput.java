package nl.groepskracht.support;

import com.vaadin.flow.component.AbstractField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A value as a person enters it in the browser (a tap, typing and leaving the field): the value
 * change is fired as coming from the client, as Karibu's {@code _setValue} would (which fails on
 * Vaadin 25.2). Views that save only what the person changed, not values they set themselves, need it.
 */
public final class ClientInput {

    private ClientInput() {
    }

    public static <T> void enter(AbstractField<?, T> field, T value) {
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
