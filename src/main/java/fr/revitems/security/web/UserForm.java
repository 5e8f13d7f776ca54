package fr.revitems.security.web;

import fr.revitems.security.AppUser;
import fr.revitems.security.Role;

import java.io.Serializable;

/** What the account dialog edits; kept as typed when the service refuses it. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private String username;
    private String displayName;
    private String email;
    private Role[] roles = new Role[0];
    private boolean enabled = true;

    void clear() {
        id = null;
        version = 0;
        username = null;
        displayName = null;
        email = null;
        roles = new Role[0];
        enabled = true;
    }

    void fill(AppUser user) {
        id = user.getId();
        version = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        roles = user.getRoles().toArray(new Role[0]);
        enabled = user.isEnabled();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
