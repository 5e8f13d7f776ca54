package fr.revitems.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: French unless the person chose English. The choice is kept in a
 * cookie for a year, so it survives logout and the login page already speaks it.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "revitems_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = SupportedLanguage.parse(fromCookie()).locale();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isFrench() {
        return SupportedLanguage.FR.locale().equals(getLocale());
    }

    /** Switches the language and reloads the same page in it. */
    public String change(String language) {
        SupportedLanguage chosen = SupportedLanguage.parse(language);
        locale = chosen.locale();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, chosen.code(), Map.of(
                "maxAge", ONE_YEAR, "path", external.getRequestContextPath() + "/", "httpOnly", true,
                "SameSite", "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static String fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return null;
        }
        Cookie[] cookies = ((HttpServletRequest) faces.getExternalContext().getRequest()).getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
