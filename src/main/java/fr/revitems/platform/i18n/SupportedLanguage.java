package fr.revitems.platform.i18n;

import java.util.Locale;

/** The languages of the application: French first (the default), English second. */
public enum SupportedLanguage {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    private final Locale locale;

    SupportedLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** Anything unknown, empty or missing falls back to French. */
    public static SupportedLanguage parse(String code) {
        if (code != null) {
            for (SupportedLanguage language : values()) {
                if (language.code().equalsIgnoreCase(code.trim())) {
                    return language;
                }
            }
        }
        return FR;
    }
}
