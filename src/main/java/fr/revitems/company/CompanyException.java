package fr.revitems.company;

import fr.revitems.platform.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A refused company change: the bundle key of the message, its arguments, and the form field it
 * belongs next to (null for the whole form). Rolls back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class CompanyException extends Refusal {

    private static final long serialVersionUID = 1L;

    public CompanyException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
