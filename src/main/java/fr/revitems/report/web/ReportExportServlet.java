package fr.revitems.report.web;

import fr.revitems.platform.i18n.LocaleSelection;
import fr.revitems.platform.web.Faces;
import fr.revitems.report.DashboardPdf;
import fr.revitems.report.DashboardReport;
import fr.revitems.report.DashboardXlsx;
import fr.revitems.report.RecordsCsv;
import fr.revitems.report.ReportService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The dashboard's exports, with the filter of the page that links to them (see {@link ReportRequest}):
 * GET /reporting/dashboard.xlsx (one sheet per table, then the records behind each figure),
 * /reporting/dashboard.pdf (printable, with the definitions) and /reporting/records.csv?figure=… (the
 * records behind one figure). Under /reporting/, so officers and administrators only (web.xml). A
 * parameter that cannot be read is a 400 with its sentence, never a stack trace.
 */
@WebServlet({"/reporting/dashboard.xlsx", "/reporting/dashboard.pdf", "/reporting/records.csv"})
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient ReportTexts texts;

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    @ConfigProperty(name = "revitems.organisation")
    transient Optional<String> organisation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = localeSelection.getLocale();
        ReportRequest parsed;
        try {
            parsed = ReportRequest.parse(request::getParameter, reports::roundLife);
            if (request.getServletPath().endsWith(".csv") && parsed.figure() == null) {
                throw new ReportRequest.Invalid("report.parameter.figure", "none");
            }
        } catch (ReportRequest.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().println(Faces.text(locale, invalid.key()));
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Faces.BUNDLE, locale);
        String stem = "revitems-" + parsed.filter().from() + "-" + parsed.filter().to();
        response.setHeader("Cache-Control", "private, no-store");
        switch (request.getServletPath()) {
            case "/reporting/dashboard.xlsx" -> {
                DashboardReport report = reports.dashboard(parsed.filter(), texts.scope(parsed.filter(), locale));
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + stem + ".xlsx\"");
                try (OutputStream out = new BufferedOutputStream(response.getOutputStream())) {
                    DashboardXlsx.write(report, (figure, sink) -> reports.streamRecords(figure, parsed.filter(), null, sink),
                            bundle, locale, out);
                }
            }
            case "/reporting/dashboard.pdf" -> {
                DashboardReport report = reports.dashboard(parsed.filter(), texts.scope(parsed.filter(), locale));
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                DashboardPdf.write(report, bundle, locale, organisation.orElse(Faces.text(locale, "pdf.organisation")), pdf);
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"" + stem + ".pdf\"");
                response.setContentLength(pdf.size());
                pdf.writeTo(response.getOutputStream());
            }
            default -> {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\""
                        + stem + "-" + parsed.figure().name().toLowerCase(Locale.ROOT) + ".csv\"");
                try (Writer out = new OutputStreamWriter(new BufferedOutputStream(response.getOutputStream()), StandardCharsets.UTF_8)) {
                    RecordsCsv.write(parsed.figure(),
                            (figure, sink) -> reports.streamRecords(figure, parsed.filter(), parsed.detail(), sink), bundle, locale, out);
                }
            }
        }
    }
}
