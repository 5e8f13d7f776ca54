package fr.revitems.forum;

import fr.revitems.platform.Texts;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the forum dialog edits, kept apart from the entity so that a refused save leaves everything typed on
 * screen. {@link #check} holds the rules; the service calls it before writing anything.
 */
public class ForumForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Before this, a date is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int NAME_MAX = 200;
    static final int VENUE_MAX = 200;
    static final int COMMUNE_MAX = 120;

    private Long id;
    private int version;
    @Size(max = NAME_MAX)
    private String name;
    private LocalDate heldOn;
    @Size(max = VENUE_MAX)
    private String venue;
    @Size(max = COMMUNE_MAX)
    private String commune;
    private String departmentCode;
    private Long roundId;

    public static ForumForm of(JobForum forum) {
        ForumForm form = new ForumForm();
        form.id = forum.getId();
        form.version = forum.getVersion();
        form.name = forum.getName();
        form.heldOn = forum.getHeldOn();
        form.venue = forum.getVenue();
        form.commune = forum.getCommune();
        form.departmentCode = forum.getDepartment() == null ? null : forum.getDepartment().getCode();
        form.roundId = forum.getRound() == null ? null : forum.getRound().getId();
        return form;
    }

    /**
     * Refuses the first thing wrong, naming its field. This page records forums held, which the funders
     * count, so the day is not in the future; forums announced ahead (for registration) come with the
     * registration feature, together with a "held" test in the figures.
     */
    public void check(LocalDate today) {
        if (Texts.clean(name) == null) {
            throw new ForumException("forum.name.required", "name");
        }
        if (Texts.clean(name).length() > NAME_MAX) {
            throw new ForumException("forum.name.tooLong", "name");
        }
        if (heldOn == null) {
            throw new ForumException("forum.heldOn.required", "heldOn");
        }
        if (heldOn.isAfter(today)) {
            throw new ForumException("forum.heldOn.future", "heldOn");
        }
        if (heldOn.isBefore(EARLIEST)) {
            throw new ForumException("forum.heldOn.tooOld", "heldOn");
        }
        if (Texts.clean(venue) != null && Texts.clean(venue).length() > VENUE_MAX) {
            throw new ForumException("forum.venue.tooLong", "venue");
        }
        if (Texts.clean(commune) != null && Texts.clean(commune).length() > COMMUNE_MAX) {
            throw new ForumException("forum.commune.tooLong", "commune");
        }
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }
}
