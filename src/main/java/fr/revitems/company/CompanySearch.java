package fr.revitems.company;

import java.io.Serializable;

/** The company list's filters; null means "any". */
public record CompanySearch(String text, PipelineStage stage, Long officerId, String departmentCode,
                            String sectorCode, Long roundId) implements Serializable {

    public static CompanySearch any() {
        return new CompanySearch(null, null, null, null, null, null);
    }
}
