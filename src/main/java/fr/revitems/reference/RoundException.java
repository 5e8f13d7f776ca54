package fr.revitems.reference;

import jakarta.ejb.ApplicationException;

/**
 * A refused change of a programme round, with the bundle key of the message and, where it concerns one
 * field, that field's name. Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RoundException(String messageKey, String field, Object... arguments) {
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
