package fr.revitems.company.web;

import fr.revitems.company.CompanySearch;
import fr.revitems.company.PipelineStage;

import java.io.Serializable;

/** The filters the company list and the board share (tag file companyFilters): officer, round, department, sector. */
public class CompanyFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long officerId;
    private Long roundId;
    private String departmentCode;
    private String sectorCode;

    CompanySearch search(String text, PipelineStage stage) {
        return new CompanySearch(text, stage, officerId, departmentCode, sectorCode, roundId);
    }

    void clear() {
        officerId = null;
        roundId = null;
        departmentCode = null;
        sectorCode = null;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
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

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }
}
