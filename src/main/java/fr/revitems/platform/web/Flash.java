package fr.revitems.platform.web;

import jakarta.faces.context.FacesContext;

/** Keeps this request's messages for the page a redirect leads to. */
public final class Flash {

    private Flash() {
    }

    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
