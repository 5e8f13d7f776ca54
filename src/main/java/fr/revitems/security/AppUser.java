package fr.revitems.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A person who logs in. The password is only ever stored as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.ALL, query = "select distinct u from AppUser u left join fetch u.roles order by u.username")
@NamedQuery(name = AppUser.ACTIVE_WITH_ROLE,
        query = "select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.displayName")
@NamedQuery(name = AppUser.COUNT_ACTIVE_WITH_ROLE,
        query = "select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String ALL = "AppUser.all";
    public static final String ACTIVE_WITH_ROLE = "AppUser.activeWithRole";
    public static final String COUNT_ACTIVE_WITH_ROLE = "AppUser.countActiveWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    private int version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
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

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
