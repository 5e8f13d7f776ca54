package fr.revitems.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Answers "page not found" (the 404 error page) from a page whose record does not exist. */
public final class NotFound {

    private NotFound() {
    }

    public static void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
