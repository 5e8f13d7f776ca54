package fr.revitems.benchmark;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's own time for each request a benchmark sent: Payara's access log, which the test servers write
 * (src/test/resources/arquillian.xml: {@code --accesslog}, the time taken in ms from the moment the web
 * container received the request to the moment its answer was written, and the request's
 * {@value #HEADER} header). The benchmark labels its requests with that header, one label an operation,
 * so that each answer measured in the browser is paired with the time the server spent on it. This is the
 * time the issues' targets speak of ("server-side"): it leaves out the browser's own time to send the request
 * and receive the answer, on cores the browser shares with the server.
 */
final class ServerTimes {

    static final String HEADER = "x-benchmark-operation";
    /** {@code "POST" "/revitems/company/list.xhtml" 200 "23" "list-412"}: the format of arquillian.xml. */
    private static final Pattern LINE = Pattern.compile("^\"(\\w+)\" \"([^\"]*)\" (\\d+) \"(\\d+)\" \"([^\"]*)\"\\s*$");

    private final Map<String, Double> millis;

    private ServerTimes(Map<String, Double> millis) {
        this.millis = millis;
    }

    /** Every following request of the page carries this label (until the next call). */
    static void label(Page page, String label) {
        page.setExtraHTTPHeaders(Map.of(HEADER, label));
    }

    /** The key of the n-th POST (from 0) that carried a label: an operation may send more than one request. */
    static String key(String label, int n) {
        return label + "#" + n;
    }

    /**
     * The POSTs written to the access logs of the test servers so far, by {@link #key}. The log is written
     * every second: the caller waits that long after its last request.
     */
    static ServerTimes read() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        Map<String, Double> times = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server_access_log")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = LINE.matcher(line);
                    if (m.matches() && "POST".equals(m.group(1)) && !m.group(5).startsWith("NULL-HEADER")) {
                        int n = seen.merge(m.group(5), 1, Integer::sum) - 1;
                        times.put(key(m.group(5), n), Double.parseDouble(m.group(4)));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the test servers' access log could not be read in " + folder, e);
        }
        if (times.isEmpty()) {
            throw new IllegalStateException("no labelled request in the access log of " + folder + ": see arquillian.xml");
        }
        return new ServerTimes(times);
    }

    /** The server's time of a request, or null if the log has no such line. */
    Double of(String key) {
        return millis.get(key);
    }

    /** Waits until the server has written the last requests to its log (every second). */
    static ServerTimes readAfterFlush() throws InterruptedException {
        Thread.sleep(2500);
        return read();
    }
}
