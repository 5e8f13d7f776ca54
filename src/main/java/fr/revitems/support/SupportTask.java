package fr.revitems.support;

import fr.revitems.company.Company;
import fr.revitems.security.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A task of a company's support plan: what, who, by when, and where it stands. */
@Entity
@Table(name = "support_task")
@NamedQuery(name = SupportTask.OF_COMPANY, query = "select t from SupportTask t where t.company.id = :company"
        + " order by case when t.status in (fr.revitems.support.TaskStatus.TODO, fr.revitems.support.TaskStatus.IN_PROGRESS)"
        + " then 0 else 1 end, t.dueOn, t.id")
@NamedQuery(name = SupportTask.OPEN_OF_OWNER, query = "select t from SupportTask t join fetch t.company"
        + " where t.owner.id = :owner and t.status in :open order by t.dueOn, t.id")
@NamedQuery(name = SupportTask.COUNT_DUE, query = "select count(t) from SupportTask t"
        + " where t.owner.id = :owner and t.status in :open and t.dueOn <= :until")
public class SupportTask {

    public static final String OF_COMPANY = "SupportTask.ofCompany";
    public static final String OPEN_OF_OWNER = "SupportTask.openOfOwner";
    public static final String COUNT_DUE = "SupportTask.countDue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status = TaskStatus.TODO;

    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private int version;

    protected SupportTask() {
    }

    SupportTask(Company company, String title, AppUser owner, LocalDate dueOn, String createdBy) {
        this.company = company;
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
    }

    void changeStatus(TaskStatus next) {
        status = next;
        closedAt = next.isOpen() ? null : OffsetDateTime.now();
    }

    /** Open and due before today. */
    public boolean isOverdue() {
        return status.isOpen() && dueOn.isBefore(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getTitle() {
        return title;
    }

    public AppUser getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public Long getActionId() {
        return actionId;
    }

    void setActionId(Long actionId) {
        this.actionId = actionId;
    }

    public int getVersion() {
        return version;
    }
}
