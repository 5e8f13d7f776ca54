package fr.revitems.platform.web;

import fr.revitems.platform.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the bundle, in the language of the current view. */
public final class Faces {

    public static final String BUNDLE = "fr.revitems.i18n.Messages";

    private Faces() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            // apostrophes are French punctuation here, never MessageFormat quoting
            return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** A message for the whole page. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A message next to one field (clientId as rendered, e.g. "form:username"). */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A service's refusal, next to the field of {@code form} it names or for the whole page. */
    public static void refusal(String form, Refusal refusal) {
        refusal(form, refusal.field(), refusal.messageKey(), refusal.arguments());
    }

    /**
     * A refusal from a service: next to the field of {@code form} it names, or for the whole page when it
     * names none.
     */
    public static void refusal(String form, String field, String key, Object... arguments) {
        if (field == null) {
            error(key, arguments);
        } else {
            fieldError(form + ":" + field, key, arguments);
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, summary));
    }
}
