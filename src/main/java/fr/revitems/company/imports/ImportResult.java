package fr.revitems.company.imports;

import java.io.Serializable;

/** What a committed import created. */
public record ImportResult(int companies, int contacts) implements Serializable {
}
