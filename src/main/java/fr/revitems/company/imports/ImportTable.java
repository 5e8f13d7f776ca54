package fr.revitems.company.imports;

import java.io.Serializable;
import java.util.List;

/**
 * A file as read: its header cells and its non-empty lines, each with the line number a person
 * sees in Excel or in a text editor (the header is line 1 when it is the first line).
 */
public record ImportTable(List<String> headers, List<Row> rows) implements Serializable {

    public record Row(int line, List<String> cells) implements Serializable {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
