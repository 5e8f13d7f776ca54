package fr.revitems.company.imports;

import fr.revitems.platform.web.Faces;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A line's messages in the reader's language; a column named in a message is shown by its header. */
public final class ImportMessages {

    private ImportMessages() {
    }

    public static String text(Locale locale, LineMessage message) {
        Object[] arguments = Arrays.stream(message.arguments())
                .map(a -> a instanceof ImportColumn column ? Faces.text(locale, column.labelKey()) : a).toArray();
        return Faces.text(locale, message.key(), arguments);
    }

    /** Every message of the line, errors first, in one sentence list. */
    public static String describe(Locale locale, ImportLine line) {
        return line.getMessages().stream().sorted((a, b) -> Boolean.compare(b.error(), a.error()))
                .map(m -> text(locale, m)).collect(Collectors.joining(" "));
    }
}
