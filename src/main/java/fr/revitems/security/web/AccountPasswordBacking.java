package fr.revitems.security.web;

import fr.revitems.platform.web.Faces;
import fr.revitems.security.AccountException;
import fr.revitems.security.PasswordPolicy;
import fr.revitems.security.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account/password.xhtml: change one's own password. */
@Named
@RequestScoped
public class AccountPasswordBacking {

    @Inject
    UserService users;

    private String current;
    private String password;
    private String confirmation;

    public void change() {
        if (password == null || !password.equals(confirmation)) {
            Faces.fieldError("passwordForm:confirmation", "account_password.mismatch");
            return;
        }
        try {
            users.changeOwnPassword(current, password);
            Faces.info("account_password.changed");
        } catch (AccountException e) {
            Faces.fieldError("passwordForm:" + e.field(), e.messageKey(), PasswordPolicy.MIN_LENGTH);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
