package fr.revitems.meeting;

import jakarta.ejb.ApplicationException;

/**
 * A refused meeting change: the bundle key of the message and the form field it belongs next to (null for
 * the whole form). Rolls back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class MeetingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final String field;

    public MeetingException(String messageKey, String field) {
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
