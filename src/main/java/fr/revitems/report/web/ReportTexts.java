package fr.revitems.report.web;

import fr.revitems.platform.web.Faces;
import fr.revitems.reference.Department;
import fr.revitems.reference.ProgrammeRound;
import fr.revitems.reference.ReferenceData;
import fr.revitems.report.Detail;
import fr.revitems.report.RecordTable;
import fr.revitems.report.ReportFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A report's words in the reader's language: the filter as sentences, and the records' cells as text. */
@ApplicationScoped
public class ReportTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ReferenceData reference;

    /** "Dispositif : REVIT'EMS 91", "Départements : …", "Financeur : …", "Période : du … au …". */
    public List<String> scope(ReportFilter filter, Locale locale) {
        List<String> lines = new ArrayList<>();
        ProgrammeRound round = reference.round(filter.roundId());
        lines.add(round == null ? Faces.text(locale, "dashboard.scope.allRounds")
                : Faces.text(locale, "dashboard.scope.round", round.getName()));
        lines.add(filter.departments().isEmpty() ? Faces.text(locale, "dashboard.scope.allDepartments")
                : Faces.text(locale, "dashboard.scope.departments", filter.departments().stream()
                        .map(code -> {
                            Department department = reference.department(code);
                            return department == null ? code : department.getLabel();
                        }).collect(Collectors.joining(", "))));
        if (filter.funder() != null) {
            lines.add(Faces.text(locale, "dashboard.scope.funder", filter.funder()));
        }
        lines.add(Faces.text(locale, "dashboard.scope.period", DAY.format(filter.from()), DAY.format(filter.to())));
        return lines;
    }

    /** The level, category or contract of a breakdown cell, in words. */
    public String detail(Detail detail, Locale locale) {
        String code = detail.code();
        if (code == null) {
            return Faces.text(locale, "breakdown.notGiven");
        }
        return switch (detail.dimension()) {
            case QUALIFICATION_LEVEL -> reference.getQualificationLevels().stream()
                    .filter(level -> code.equals(String.valueOf(level.getLevel()))).map(level -> level.label(locale))
                    .findFirst().orElse(code);
            case OCCUPATIONAL_CATEGORY -> reference.getOccupationalCategories().stream()
                    .filter(category -> code.equals(category.getCode())).map(category -> category.label(locale))
                    .findFirst().orElse(code);
            case CONTRACT_TYPE -> reference.getContractTypes().stream()
                    .filter(contract -> code.equals(contract.getCode())).map(contract -> contract.label(locale))
                    .findFirst().orElse(code);
        };
    }

    /** One cell of a record as the page shows it. */
    public String cell(RecordTable.Column column, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case DATE -> DAY.format((LocalDate) value);
            case BOOLEAN -> Faces.text(locale, Boolean.TRUE.equals(value) ? "general.yes" : "general.no");
            case CODE -> Faces.text(locale, column.codePrefix() + "." + value);
            case LABEL -> ((RecordTable.Label) value).in(locale);
            default -> String.valueOf(value);
        };
    }
}
