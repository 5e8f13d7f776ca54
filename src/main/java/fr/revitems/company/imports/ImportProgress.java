package fr.revitems.company.imports;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an import has gone, written by the thread that imports and read by the page's polling.
 * It is only {@link #isFinished() finished} once the transaction has committed or rolled back.
 */
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean finished;
    private volatile ImportResult result;
    private volatile LineMessage failure;
    private volatile int failedLine;

    public ImportProgress(int total) {
        this.total = total;
    }

    void advance() {
        done.incrementAndGet();
    }

    void succeeded(ImportResult outcome) {
        result = outcome;
        finished = true;
    }

    void failed(int line, LineMessage reason) {
        failedLine = line;
        failure = reason;
        finished = true;
    }

    /** 0–100; 100 only once finished, so the page's bar completes when the outcome is known. */
    public int percent() {
        if (finished) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, done.get() * 100 / total);
    }

    public boolean isFinished() {
        return finished;
    }

    public ImportResult result() {
        return result;
    }

    public LineMessage failure() {
        return failure;
    }

    public int failedLine() {
        return failedLine;
    }
}
