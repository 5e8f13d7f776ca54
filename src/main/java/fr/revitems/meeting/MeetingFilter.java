package fr.revitems.meeting;

import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.time.LocalDate;

/** The list's filters: a period (either end open), a round, a department; empty means any. */
public class MeetingFilter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private LocalDate from;
    private LocalDate to;
    private Long roundId;
    private String departmentCode;

    /** Binds the filters of {@link PartnerMeeting#FILTERED} and {@link PartnerMeeting#COUNT_FILTERED}. */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return query.setParameter("from", from == null ? EARLIEST : from)
                .setParameter("to", to == null ? LATEST : to)
                .setParameter("round", roundId == null ? 0L : roundId)
                .setParameter("department", departmentCode == null ? "" : departmentCode);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }
}
