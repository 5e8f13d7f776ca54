package fr.revitems.diagnostic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the diagnostic form edits; keeps what was typed when a save is refused. */
public class DiagnosticForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TEXT_MAX = 10_000;

    @PastOrPresent
    private LocalDate heldOn = LocalDate.now();
    @Size(max = TEXT_MAX)
    private String activity;
    @Size(max = TEXT_MAX)
    private String innovation;
    @Min(0)
    @Max(1_000_000)
    private Integer headcount;
    @Size(max = TEXT_MAX)
    private String recruitmentDifficulties;
    @Size(max = TEXT_MAX)
    private String skillsGaps;
    @Size(max = TEXT_MAX)
    private String trainingNeeds;
    @Size(max = TEXT_MAX)
    private String supportWanted;
    @Valid
    private final List<PlannedRecruitment> lines = new ArrayList<>();
    private int version;

    public static DiagnosticForm of(Diagnostic diagnostic, List<PlannedRecruitment> lines) {
        DiagnosticForm form = new DiagnosticForm();
        form.heldOn = diagnostic.getHeldOn();
        form.activity = diagnostic.getActivity();
        form.innovation = diagnostic.getInnovation();
        form.headcount = diagnostic.getHeadcount();
        form.recruitmentDifficulties = diagnostic.getRecruitmentDifficulties();
        form.skillsGaps = diagnostic.getSkillsGaps();
        form.trainingNeeds = diagnostic.getTrainingNeeds();
        form.supportWanted = diagnostic.getSupportWanted();
        form.lines.addAll(lines);
        form.version = diagnostic.getVersion();
        return form;
    }

    public void addLine() {
        lines.add(new PlannedRecruitment());
    }

    public void removeLine(PlannedRecruitment line) {
        if (!line.isLocked()) {
            lines.remove(line);
        }
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getInnovation() {
        return innovation;
    }

    public void setInnovation(String innovation) {
        this.innovation = innovation;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public String getRecruitmentDifficulties() {
        return recruitmentDifficulties;
    }

    public void setRecruitmentDifficulties(String recruitmentDifficulties) {
        this.recruitmentDifficulties = recruitmentDifficulties;
    }

    public String getSkillsGaps() {
        return skillsGaps;
    }

    public void setSkillsGaps(String skillsGaps) {
        this.skillsGaps = skillsGaps;
    }

    public String getTrainingNeeds() {
        return trainingNeeds;
    }

    public void setTrainingNeeds(String trainingNeeds) {
        this.trainingNeeds = trainingNeeds;
    }

    public String getSupportWanted() {
        return supportWanted;
    }

    public void setSupportWanted(String supportWanted) {
        this.supportWanted = supportWanted;
    }

    public List<PlannedRecruitment> getLines() {
        return lines;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
