package fr.revitems.company;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of the company list: a projection, no entity is loaded for it. */
public record CompanyRow(Long id, String name, String siret, String commune, String departmentCode,
                         PipelineStage stage, String officerName, OffsetDateTime updatedAt) implements Serializable {
}
