package fr.revitems.demo;

import java.time.LocalDate;
import java.util.List;

import static fr.revitems.demo.JobTemplate.*;

/**
 * One programme round of the demo and the figures it must add up to. The two rounds together give
 * the programme's real figures (300 companies contacted, 76 diagnostics, 65 companies supported, 330
 * planned recruitments, 170 jobs filled or consolidated, 60 partner meetings); REVIT'EMS 91 is the round
 * with the detail: 144 jobs sought, 94 profiles recruited, 98 jobs at levels 5 to 7 and 56 for
 * technicians and supervisors.
 *
 * @param lastEntry         the last day a company enters the pipeline
 * @param cancelledAfterEnd positions of the round's recruitments cancelled after the round ended: they
 *                          still count in the round's figures, not in a period that includes the cancellation
 * @param cancelledWithin   recruitments cancelled during the round, on top of {@code jobs}: never counted
 * @param filledFromOpenings filled jobs recorded against the round's recruitments
 * @param consolidated      jobs consolidated without an opening
 */
record DemoRound(String code, String department, LocalDate starts, LocalDate ends, LocalDate lastEntry,
                 int companies, int diagnosed, int supported, List<JobTemplate.Share> jobs,
                 int cancelledAfterEnd, List<JobTemplate.Share> cancelledWithin,
                 int filledFromOpenings, int consolidated, int partnerMeetings, long seed,
                 List<DemoAccounts.Account> officers) {

    /** Val-de-Marne, since 2021: 190 companies, 192 positions kept, 76 jobs filled or consolidated. */
    static final DemoRound VAL_DE_MARNE = new DemoRound("REVITEMS-94", "94",
            LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 9, 26),
            190, 46, 39,
            List.of(new JobTemplate.Share(OPERATIONS_TECHNICIAN, 20), new JobTemplate.Share(LAB_TECHNICIAN, 10),
                    new JobTemplate.Share(WORKS_SUPERVISOR, 12), new JobTemplate.Share(HSE_TECHNICIAN, 6),
                    new JobTemplate.Share(SEWER_TEAM_LEADER, 10), new JobTemplate.Share(MAINTENANCE_TECHNICIAN, 8),
                    new JobTemplate.Share(HYDRAULIC_ENGINEER, 10), new JobTemplate.Share(SOIL_ENGINEER, 8),
                    new JobTemplate.Share(BIOGAS_PROJECT_MANAGER, 5), new JobTemplate.Share(QSE_MANAGER, 5),
                    new JobTemplate.Share(ENVIRONMENT_OFFICER, 6), new JobTemplate.Share(SALES_ASSISTANT, 8),
                    new JobTemplate.Share(PIPE_LAYER, 24), new JobTemplate.Share(BIOWASTE_COLLECTOR, 22),
                    new JobTemplate.Share(LANDSCAPE_GARDENER, 18), new JobTemplate.Share(PLANT_OPERATOR, 8),
                    new JobTemplate.Share(COLLECTION_DRIVER, 8), new JobTemplate.Share(SORTING_OPERATOR, 4)),
            0, List.of(new JobTemplate.Share(PIPE_LAYER, 3), new JobTemplate.Share(LAB_TECHNICIAN, 2)),
            69, 7, 38, 94L, List.of(DemoAccounts.CAMILLE, DemoAccounts.HUGO));

    /**
     * Essonne, since 2023: 110 companies; 144 positions (98 at levels 5–7: 46 technicians at level 5 and
     * 52 engineers, executives and employees; 56 technicians: those 46 and 10 at level 4), of which 6 are
     * cancelled after the round; 94 jobs filled or consolidated.
     */
    static final DemoRound ESSONNE = new DemoRound("REVITEMS-91", "91",
            LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 9, 26),
            110, 30, 26,
            List.of(new JobTemplate.Share(OPERATIONS_TECHNICIAN, 14), new JobTemplate.Share(LAB_TECHNICIAN, 8),
                    new JobTemplate.Share(WORKS_SUPERVISOR, 8), new JobTemplate.Share(HSE_TECHNICIAN, 6),
                    new JobTemplate.Share(DRAUGHTSPERSON, 5), new JobTemplate.Share(SURVEYOR, 5),
                    new JobTemplate.Share(SEWER_TEAM_LEADER, 6), new JobTemplate.Share(MAINTENANCE_TECHNICIAN, 4),
                    new JobTemplate.Share(HYDRAULIC_ENGINEER, 10), new JobTemplate.Share(SOIL_ENGINEER, 9),
                    new JobTemplate.Share(BIOGAS_PROJECT_MANAGER, 6), new JobTemplate.Share(QSE_MANAGER, 7),
                    new JobTemplate.Share(ENVIRONMENT_OFFICER, 8), new JobTemplate.Share(SALES_ASSISTANT, 7),
                    new JobTemplate.Share(APPRENTICE_ENGINEER, 5),
                    new JobTemplate.Share(PIPE_LAYER, 10), new JobTemplate.Share(BIOWASTE_COLLECTOR, 8),
                    new JobTemplate.Share(LANDSCAPE_GARDENER, 8), new JobTemplate.Share(PLANT_OPERATOR, 6),
                    new JobTemplate.Share(RECEPTIONIST, 2), new JobTemplate.Share(SOIL_RESEARCHER, 2)),
            6, List.of(),
            86, 8, 22, 91L, List.of(DemoAccounts.LEA, DemoAccounts.LEA, DemoAccounts.LEA, DemoAccounts.LEA, DemoAccounts.HUGO));

    static final List<DemoRound> ALL = List.of(VAL_DE_MARNE, ESSONNE);

    /** The last day anything of the round happens: nothing is dated after its end. */
    LocalDate lastActivity() {
        return ends.minusDays(12);
    }
}
