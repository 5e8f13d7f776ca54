package fr.revitems.company.imports;

import java.io.Serializable;

/** Why a line is rejected (an error) or what the officer should know about it (a warning): a bundle key and its arguments. */
public record LineMessage(boolean error, String key, Serializable... arguments) implements Serializable {

    public static LineMessage error(String key, Serializable... arguments) {
        return new LineMessage(true, key, arguments);
    }

    public static LineMessage warning(String key, Serializable... arguments) {
        return new LineMessage(false, key, arguments);
    }
}
