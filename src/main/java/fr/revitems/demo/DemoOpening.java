package fr.revitems.demo;

import fr.revitems.recruitment.RecruitmentStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One identified recruitment of the demo, planned: its company, when and how it was identified, and what became of it. */
final class DemoOpening {

    /** One line of its status history. */
    record Change(String from, String to, String reason, OffsetDateTime at) {
    }

    final JobTemplate job;
    final int positions;
    final List<LocalDate> fills = new ArrayList<>();
    final List<Change> history = new ArrayList<>();
    DemoCompany company;
    String source;
    LocalDate identifiedOn;
    boolean fromDiagnostic;
    LocalDate cancelledOn;
    String cancelReason;

    DemoOpening(JobTemplate job, int positions) {
        this.job = job;
        this.positions = positions;
    }

    String status() {
        return history.get(history.size() - 1).to();
    }

    OffsetDateTime updatedAt() {
        return history.get(history.size() - 1).at();
    }

    /**
     * The status history: identified; then shared and in progress before the first hire, and filled or
     * partly filled as the hires come, exactly as {@link RecruitmentStatus#afterFilling} says; or cancelled;
     * or still open at {@code openStatus}.
     */
    void buildHistory(RecruitmentStatus openStatus) {
        history.add(new Change(null, "IDENTIFIED", null, DemoWriter.at(identifiedOn, 10, 30)));
        LocalDate until = !fills.isEmpty() ? fills.get(0) : cancelledOn != null ? cancelledOn : null;
        if (until != null) {
            long gap = java.time.temporal.ChronoUnit.DAYS.between(identifiedOn, until);
            step("SHARED", identifiedOn.plusDays(gap / 3), 11);
            if (cancelledOn == null) {
                step("IN_PROGRESS", identifiedOn.plusDays(2 * gap / 3), 12);
            }
        } else if (openStatus != RecruitmentStatus.IDENTIFIED) {
            step("SHARED", identifiedOn.plusDays(14), 11);
            if (openStatus == RecruitmentStatus.IN_PROGRESS) {
                step("IN_PROGRESS", identifiedOn.plusDays(40), 12);
            }
        }
        for (int j = 0; j < fills.size(); j++) {
            String next = RecruitmentStatus.IN_PROGRESS.afterFilling(positions, j + 1).name();
            if (!next.equals(status())) {
                history.add(new Change(status(), next, null, DemoWriter.at(fills.get(j), 16, j % 60)));
            }
        }
        if (cancelledOn != null) {
            history.add(new Change(status(), "CANCELLED", cancelReason, DemoWriter.at(cancelledOn, 15, 0)));
        }
    }

    private void step(String to, LocalDate day, int hour) {
        history.add(new Change(status(), to, null, DemoWriter.at(day, hour, 0)));
    }
}
