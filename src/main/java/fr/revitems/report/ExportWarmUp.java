package fr.revitems.report;

import fr.revitems.platform.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the exports of an empty dashboard to nowhere once the application has started, in the background, so
 * that the first funder to export after a restart does not wait for Apache POI and OpenPDF to be loaded: the
 * first full-year XLSX of a round took 3.0–3.5 s after a start and 1.0–1.4 s afterwards (README, "Performance").
 * Nothing is read from the database and nothing is kept; a failure here only costs that first export its time.
 */
@Startup
@Singleton
public class ExportWarmUp {

    private static final Logger LOG = Logger.getLogger(ExportWarmUp.class.getName());

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.execute(() -> {
            try {
                writeEmptyExports(OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The exports could not be prepared at start-up; the first one will take longer", e);
            }
        });
    }

    /** The XLSX and the PDF of an empty dashboard (this year, all rounds), in French. */
    static void writeEmptyExports(OutputStream xlsx, OutputStream pdf) throws IOException {
        LocalDate today = LocalDate.now();
        DashboardReport empty = new DashboardReport(new ReportFilter(null, List.of(), null, today.withDayOfYear(1), today),
                List.of(), new FigureValues(zeros(), 0), Map.of(), List.of(), OffsetDateTime.now());
        ResourceBundle bundle = ResourceBundle.getBundle(Faces.BUNDLE, Locale.FRENCH);
        DashboardXlsx.write(empty, (figure, sink) -> { }, bundle, Locale.FRENCH, xlsx);
        DashboardPdf.write(empty, bundle, Locale.FRENCH, null, pdf);
    }

    private static Map<Figure, Long> zeros() {
        Map<Figure, Long> zeros = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            zeros.put(figure, 0L);
        }
        return zeros;
    }
}
