package fr.revitems.security;

import jakarta.ejb.ApplicationException;

/**
 * A refused account change, with the bundle key of the message to show and, where it concerns one
 * field, that field's name. Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;

    public AccountException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }
}
