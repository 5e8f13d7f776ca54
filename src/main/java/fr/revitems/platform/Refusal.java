package fr.revitems.platform;

/**
 * A change a service refuses, said the way the page shows it: the bundle key of the message, its arguments,
 * and the form field it belongs next to (null for the whole form). Each feature has its own kind (a company,
 * an account, a meeting…), marked as an application exception that rolls back, so that nothing is half-saved;
 * pages show any of them with {@code Faces.refusal}.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    protected Refusal(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
