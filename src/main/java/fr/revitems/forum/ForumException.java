package fr.revitems.forum;

import jakarta.ejb.ApplicationException;

/**
 * A refused forum change: the bundle key of the message and the form field it belongs next to (null for
 * the whole form). Rolls back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class ForumException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;

    public ForumException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
