package fr.revitems.company.imports;

import java.io.Serializable;
import java.util.List;

/** A checked file, as the officer reviews it before choosing to import its valid lines or to cancel. */
public record ImportPreview(String fileName, List<String> headers, List<String> ignoredHeaders, List<ImportLine> lines)
        implements Serializable {

    public List<ImportLine> valid() {
        return lines.stream().filter(l -> !l.isRejected()).toList();
    }

    public List<ImportLine> rejected() {
        return lines.stream().filter(ImportLine::isRejected).toList();
    }

    public long companyCount() {
        return lines.stream().filter(l -> !l.isRejected() && l.createsCompany()).count();
    }

    public long contactCount() {
        return lines.stream().filter(l -> !l.isRejected() && l.hasContact()).count();
    }

    public long warningCount() {
        return lines.stream().filter(l -> !l.isRejected() && l.hasWarnings()).count();
    }
}
