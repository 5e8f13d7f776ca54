package fr.revitems.security.web;

import fr.revitems.platform.web.Faces;
import fr.revitems.security.AppIdentityStore;
import fr.revitems.security.LoginThrottle;
import fr.revitems.security.SecurityEvent;
import fr.revitems.security.SecurityJournal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** login.xhtml: checks the throttle, authenticates, renews the session id, journals the outcome. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityJournal journal;

    private String username;
    private String password;
    private boolean loggedOut;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String caller = AppIdentityStore.normalize(username);
        String address = request.getRemoteAddr();

        Duration wait = throttle.waitBeforeNextAttempt(caller, address);
        if (!wait.isZero() && !wait.isNegative()) {
            journal.record(SecurityEvent.Kind.LOGIN_THROTTLED, caller, null, address);
            Faces.error("login.throttled", Math.max(1, (wait.getSeconds() + 59) / 60));
            return null;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(caller, new Password(password))));
        switch (status) {
            case SEND_FAILURE, NOT_DONE -> {
                throttle.failed(caller, address);
                journal.record(SecurityEvent.Kind.LOGIN_FAILED, caller, null, address);
                Faces.error("login.failed");
                return null;
            }
            case SEND_CONTINUE -> {
                // success, and the mechanism is redirecting to the page that asked for the login
                succeeded(request, caller, address);
                faces.responseComplete();
                return null;
            }
            default -> {
                succeeded(request, caller, address);
                external.redirect(external.getRequestContextPath() + "/");
                faces.responseComplete();
                return null;
            }
        }
    }

    private void succeeded(HttpServletRequest request, String caller, String address) {
        throttle.succeeded(caller);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        journal.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, caller, caller, address);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
