package fr.revitems.company;

import jakarta.ejb.ApplicationException;

/**
 * A refused company change: the bundle key of the message, its arguments, and the form field it
 * belongs next to (null for the whole form). Rolls back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class CompanyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public CompanyException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments;
    }
}
