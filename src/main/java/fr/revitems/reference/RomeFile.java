package fr.revitems.reference;

import fr.revitems.company.imports.ImportColumn;
import fr.revitems.company.imports.ImportFileException;
import fr.revitems.company.imports.ImportFiles;
import fr.revitems.company.imports.ImportTable;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * France Travail's list of ROME codes as a file: a CSV (any of its separators and encodings) or an .xlsx with a
 * column of codes and one of labels, whatever else it holds (the open-data files carry more columns). Each line
 * is checked apart: a code that is not one of the classification's (a letter A to N and four digits), a missing
 * label, a label too long or a code given twice is a rejected line, named with its reason; the others are what
 * an import would write.
 */
public final class RomeFile implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-N][0-9]{4}");
    private static final int LABEL_MAX = 160;
    private static final Set<String> CODE_HEADERS = Set.of("code rome", "code ogr rome", "rome", "code", "code metier", "rome code");
    private static final Set<String> LABEL_HEADERS = Set.of("libelle rome", "libelle", "intitule", "intitule rome", "libelle metier",
            "label", "rome label", "title");

    /** A line not taken, and why (a bundle key and its argument). */
    public record Rejected(int line, String messageKey, String value) implements Serializable {
    }

    private final Map<String, String> labels;
    private final List<Rejected> rejected;

    private RomeFile(Map<String, String> labels, List<Rejected> rejected) {
        this.labels = labels;
        this.rejected = rejected;
    }

    public static RomeFile read(String fileName, byte[] content) throws ImportFileException {
        ImportTable table = ImportFiles.read(fileName, content, header -> CODE_HEADERS.contains(ImportColumn.normalize(header)),
                "reference_rome.file.noCodeColumn");
        int code = column(table.headers(), CODE_HEADERS);
        int label = column(table.headers(), LABEL_HEADERS);
        if (label < 0) {
            throw new ImportFileException("reference_rome.file.noLabelColumn");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            String value = row.cell(code).strip().toUpperCase(java.util.Locale.ROOT);
            String text = row.cell(label).strip().replaceAll("\\s+", " ");
            if (!CODE.matcher(value).matches()) {
                rejected.add(new Rejected(row.line(), "reference_rome.line.badCode", row.cell(code).strip()));
            } else if (text.isEmpty()) {
                rejected.add(new Rejected(row.line(), "reference_rome.line.noLabel", value));
            } else if (text.length() > LABEL_MAX) {
                rejected.add(new Rejected(row.line(), "reference_rome.line.labelTooLong", value));
            } else if (labels.containsKey(value)) {
                rejected.add(new Rejected(row.line(), "reference_rome.line.twice", value));
            } else {
                labels.put(value, text);
            }
        }
        return new RomeFile(labels, rejected);
    }

    /** The first column whose header is one of these, or -1. */
    private static int column(List<String> headers, Set<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(ImportColumn.normalize(headers.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The codes the file gives, with their labels, in the file's order. */
    public Map<String, String> labels() {
        return labels;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}
