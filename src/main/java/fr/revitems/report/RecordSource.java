package fr.revitems.report;

import java.util.function.Consumer;

/** Streams the records behind one figure of a report (the XLSX writes them as sheets, without holding them all). */
@FunctionalInterface
public interface RecordSource {

    void records(Figure figure, Consumer<RecordTable.Row> sink);
}
