package fr.revitems.company;

import jakarta.ejb.ApplicationException;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Someone else saved the company since this person opened it: who, when, and which fields
 * (bundle keys of their labels) changed. Nothing is overwritten.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String changedBy;
    private final OffsetDateTime changedAt;
    private final List<String> changedFields;

    public ConcurrentEditException(String changedBy, OffsetDateTime changedAt, List<String> changedFields) {
        super("changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changedFields = List.copyOf(changedFields);
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public List<String> changedFields() {
        return changedFields;
    }
}
