package fr.revitems.forum;

import fr.revitems.platform.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A refused forum change: the bundle key of the message and the form field it belongs next to (null for
 * the whole form). Rolls back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class ForumException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ForumException(String messageKey, String field) {
        super(messageKey, field);
    }
}
