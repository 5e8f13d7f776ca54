package fr.revitems.reference;

import fr.revitems.platform.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A refused change of a programme round, with the bundle key of the message and, where it concerns one
 * field, that field's name. Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public RoundException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
