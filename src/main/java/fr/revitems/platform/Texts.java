package fr.revitems.platform;

/** What every form and service does with free text before keeping it. */
public final class Texts {

    private Texts() {
    }

    /** Text as stored: stripped of surrounding blanks, and null when nothing but blanks was typed. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
