package fr.revitems.diagnostic.web;

import fr.revitems.company.CompanyException;
import fr.revitems.diagnostic.Diagnostic;
import fr.revitems.diagnostic.DiagnosticPdf;
import fr.revitems.diagnostic.DiagnosticService;
import fr.revitems.platform.web.Faces;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * GET /company/diagnostic.pdf?id=N: the diagnostic as a PDF for the company. Under /company/, so only
 * officers and administrators reach it (web.xml); an unknown id is a 404.
 */
@WebServlet("/company/diagnostic.pdf")
public class DiagnosticPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DiagnosticService diagnostics;

    /** The cluster's name in the header; REVITEMS_ORGANISATION in the environment. */
    @Inject
    @ConfigProperty(name = "revitems.organisation")
    transient Optional<String> organisation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Diagnostic diagnostic;
        try {
            diagnostic = diagnostics.find(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | CompanyException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new DiagnosticPdf(organisation.orElse(Faces.text(Locale.FRENCH, "pdf.organisation")))
                .write(diagnostic, diagnostic.getCompany(), diagnostics.recruitments(diagnostic.getId()), pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName(diagnostic) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    /** diagnostic-acme-eau-2026-11-22.pdf: ASCII only, so every browser keeps it. */
    private static String fileName(Diagnostic diagnostic) {
        String name = Normalizer.normalize(diagnostic.getCompany().getName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "diagnostic-" + name + "-" + diagnostic.getHeldOn() + ".pdf";
    }
}
