package fr.revitems.company.imports;

/** A file that cannot be imported at all (unreadable, too big, no name column): the bundle key of the reason and its arguments. */
public class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    public ImportFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
