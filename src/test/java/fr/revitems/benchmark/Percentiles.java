package fr.revitems.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one kind of request, and their percentiles (nearest rank). */
final class Percentiles {

    private final String name;
    private final List<Double> millis = new ArrayList<>();
    private int unanswered;

    Percentiles(String name) {
        this.name = name;
    }

    void add(double value) {
        millis.add(value);
    }

    /** An operation whose answer did not come in time (or that sent no request). */
    void unanswered() {
        unanswered++;
    }

    double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    String line() {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %d |", name, millis.size(),
                percentile(50), percentile(95), percentile(100), unanswered);
    }
}
