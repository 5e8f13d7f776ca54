package fr.revitems.company.imports;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;

/** A line refused while importing (someone created the same SIRET since the preview): everything is rolled back. */
@ApplicationException(rollback = true)
public class ImportFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int line;
    private final LineMessage reason;

    public ImportFailedException(int line, LineMessage reason) {
        super(reason.key());
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public LineMessage reason() {
        return reason;
    }
}
