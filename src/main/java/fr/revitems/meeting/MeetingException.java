package fr.revitems.meeting;

import fr.revitems.platform.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A refused meeting change: the bundle key of the message and the form field it belongs next to (null for
 * the whole form). Rolls back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class MeetingException extends Refusal {

    private static final long serialVersionUID = 1L;

    public MeetingException(String messageKey, String field) {
        super(messageKey, field);
    }
}
