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

    private long requestBytes;
    private long responseBytes;
    private String execute = "";

    /** A request's body and its answer's size; remembers what the request asked the server to process. */
    void sizes(String postData, int answerBytes) {
        String body = postData == null ? "" : postData;
        requestBytes += body.length();
        responseBytes += answerBytes;
        for (String field : body.split("&")) {
            if (field.startsWith("jakarta.faces.partial.execute=")) {
                execute = java.net.URLDecoder.decode(field.substring(field.indexOf('=') + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    /** Mean request and answer sizes, and the components the last request had processed. */
    String sizesLine() {
        int n = Math.max(1, millis.size());
        return String.format(Locale.ROOT, "| %s | %d | %d | `%s` |", name, requestBytes / n, responseBytes / n, execute);
    }

    /** Requests answered. */
    int count() {
        return millis.size();
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
