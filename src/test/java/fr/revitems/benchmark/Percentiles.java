package fr.revitems.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Latencies of one kind of request, and their percentiles (nearest rank): the server's own time (its access
 * log, see {@link ServerTimes}), which the targets are about, and the time the browser saw (request sent to
 * first byte of the answer), which adds the browser's share of the machine.
 */
final class Percentiles {

    /** The header of {@link #line()}'s table. */
    static final String HEADER = "| request | n | server p50 ms | server p95 ms | server max ms | browser p50 ms | browser p95 ms"
            + " | no answer |\n| --- | --- | --- | --- | --- | --- | --- | --- |";

    private final String name;
    private final List<String> keys = new ArrayList<>();
    private final List<Double> browser = new ArrayList<>();
    private final List<Double> server = new ArrayList<>();
    private int unanswered;
    private int unlogged;

    Percentiles(String name) {
        this.name = name;
    }

    /** An answered request: its key in the server's access log ({@link ServerTimes#key}) and the browser's time. */
    void add(String key, double browserMillis) {
        keys.add(key);
        browser.add(browserMillis);
    }

    /** An operation whose answer did not come in time (or that sent no request). */
    void unanswered() {
        unanswered++;
    }

    /** Pairs each request with the server's time for it; a request the log lacks is counted, never guessed. */
    void resolve(ServerTimes times) {
        server.clear();
        unlogged = 0;
        for (String key : keys) {
            Double millis = times.of(key);
            if (millis == null) {
                unlogged++;
            } else {
                server.add(millis);
            }
        }
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
        int n = Math.max(1, browser.size());
        return String.format(Locale.ROOT, "| %s | %d | %d | `%s` |", name, requestBytes / n, responseBytes / n, execute);
    }

    /** Requests answered. */
    int count() {
        return browser.size();
    }

    /** The server's time at this percentile (after {@link #resolve}). */
    double serverPercentile(int p) {
        return percentile(server, p);
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** A line of {@link #HEADER}'s table; "no answer" adds the requests missing from the server's log, if any. */
    String line() {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %d%s |", name, browser.size(),
                percentile(server, 50), percentile(server, 95), percentile(server, 100),
                percentile(browser, 50), percentile(browser, 95), unanswered,
                unlogged == 0 ? "" : " (and " + unlogged + " answered but missing from the server's log)");
    }
}
