package fr.revitems.security.web;

import fr.revitems.security.Role;
import fr.revitems.security.SecurityEvent;
import fr.revitems.security.SecurityJournal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The person logged in, for the header and menus, and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    SecurityJournal journal;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getName() {
        return isLoggedIn() ? securityContext.getCallerPrincipal().getName() : null;
    }

    public boolean has(String role) {
        return securityContext.isCallerInRole(role);
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(role -> has(role.name())).toList();
    }

    /** The home page of the first role the person has, in the order ADMIN, OFFICER, PARTNER, DESK. */
    public String getHome() {
        return getRoles().stream().findFirst().map(CurrentUser::homeOf).orElse("/login.xhtml");
    }

    static String homeOf(Role role) {
        return switch (role) {
            case ADMIN -> "/admin/home.xhtml";
            case OFFICER -> "/officer/home.xhtml";
            case PARTNER -> "/partner/home.xhtml";
            case DESK -> "/desk/home.xhtml";
        };
    }

    /** index.xhtml: sends the person to their home page. */
    public String goHome() {
        return getHome() + "?faces-redirect=true";
    }

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = getName();
        request.logout();
        external.invalidateSession();
        if (name != null) {
            journal.record(SecurityEvent.Kind.LOGOUT, name, name, request.getRemoteAddr());
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        faces.responseComplete();
    }
}
