package fr.revitems.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of the security journal: a login, a refusal, an account change. Never a password. */
@Entity
@Table(name = "security_event")
@NamedQuery(name = SecurityEvent.FOR_USERNAME,
        query = "select e from SecurityEvent e where e.username = :username order by e.occurredAt desc, e.id desc")
@NamedQuery(name = SecurityEvent.DELETE_OLDER_THAN, query = "delete from SecurityEvent e where e.occurredAt < :before")
public class SecurityEvent {

    public static final String FOR_USERNAME = "SecurityEvent.forUsername";
    public static final String DELETE_OLDER_THAN = "SecurityEvent.deleteOlderThan";

    public enum Kind {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT,
        USER_CREATED, USER_UPDATED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt = OffsetDateTime.now();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String username;
    private String actor;
    private String address;

    protected SecurityEvent() {
    }

    public SecurityEvent(Kind kind, String username, String actor, String address) {
        this.kind = kind;
        this.username = username;
        this.actor = actor;
        this.address = address;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }
}
