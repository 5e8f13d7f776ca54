package fr.revitems.security;

import fr.revitems.platform.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A refused account change, with the bundle key of the message to show and, where it concerns one
 * field, that field's name. Rolls the transaction back: nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class AccountException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey, String field) {
        super(messageKey, field);
    }
}
