package nl.groepskracht.base;

/**
 * A rule a service checks that the form cannot (a duplicate name, say). It names the field and a
 * translation key, so the view shows the message next to the field the person has to change.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public FieldValidationException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** Values for the message's placeholders, e.g. the date that clashes. */
    public Object[] args() {
        return args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
