package fr.revitems.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The eight figures of one filter, and how many of the jobs filled are consolidated ones. */
public record FigureValues(Map<Figure, Long> values, long consolidatedJobs) {

    public FigureValues {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public long get(Figure figure) {
        return values.getOrDefault(figure, 0L);
    }
}
