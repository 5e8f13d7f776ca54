package fr.revitems.company.imports.web;

import fr.revitems.company.imports.CompanyImportService;
import fr.revitems.company.imports.ImportColumn;
import fr.revitems.company.imports.ImportFileException;
import fr.revitems.company.imports.ImportFiles;
import fr.revitems.company.imports.ImportLine;
import fr.revitems.company.imports.ImportMessages;
import fr.revitems.company.imports.ImportPreview;
import fr.revitems.company.imports.ImportProgress;
import fr.revitems.company.imports.ImportReports;
import fr.revitems.company.imports.ImportResult;
import fr.revitems.company.imports.ImportRunner;
import fr.revitems.platform.web.Faces;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * company/import.xhtml: a file is uploaded and checked into a preview kept in this view; the
 * officer imports its valid lines (in the background, with a progress bar) or cancels.
 */
@Named
@ViewScoped
public class CompanyImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CompanyImportService imports;

    @Inject
    ImportRunner runner;

    private ImportPreview preview;
    private ImportProgress progress;
    private boolean onlyWithMessages;
    /** The outcome has been shown: the progress bar, which polls until it sees 100, is gone. */
    private boolean reported;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        preview = null;
        progress = null;
        reported = false;
        if (file.getSize() > ImportFiles.MAX_BYTES) {
            Faces.error("company_import.file.tooBig", ImportFiles.MAX_BYTES / (1024 * 1024));
            return;
        }
        try {
            preview = imports.preview(file.getFileName(), file.getContent());
            onlyWithMessages = !preview.rejected().isEmpty();
        } catch (ImportFileException unusable) {
            Faces.error(unusable.messageKey(), unusable.arguments());
        }
    }

    public void importValid() {
        if (preview == null || preview.valid().isEmpty()) {
            Faces.warn("company_import.message.nothingValid");
            return;
        }
        progress = new ImportProgress(preview.valid().size());
        reported = false;
        runner.run(preview, progress);
    }

    /** Called when the progress bar completes: the import has committed or rolled back. */
    public void finished() {
        if (progress == null || !progress.isFinished()) {
            return;
        }
        reported = true;
        ImportResult result = progress.result();
        if (result != null) {
            Faces.info("company_import.message.done", result.companies(), result.contacts());
        } else {
            Faces.error("company_import.message.failed", progress.failedLine(), ImportMessages.text(locale(), progress.failure()));
        }
    }

    public void cancel() {
        preview = null;
        progress = null;
        Faces.info("company_import.message.cancelled");
    }

    public String describe(ImportLine line) {
        return ImportMessages.describe(locale(), line);
    }

    public List<ImportLine> getLines() {
        return preview == null ? List.of()
                : onlyWithMessages ? preview.lines().stream().filter(l -> !l.getMessages().isEmpty()).toList() : preview.lines();
    }

    public StreamedContent getRejectedReport() {
        String name = Faces.text("company_import.report.fileName", baseName(preview.fileName()));
        return download(name, CSV, ImportReports.rejectedLines(preview, locale()));
    }

    public StreamedContent getTemplateCsv() {
        return download(Faces.text("company_import.template.fileName") + ".csv", CSV, ImportReports.templateCsv(locale()));
    }

    public StreamedContent getTemplateXlsx() {
        return download(Faces.text("company_import.template.fileName") + ".xlsx", XLSX, ImportReports.templateXlsx(locale()));
    }

    private static StreamedContent download(String name, String type, byte[] content) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isPreviewing() {
        return preview != null && progress == null;
    }

    /** From the click on "import" until the outcome is shown (the bar must stay on the page to see 100). */
    public boolean isImporting() {
        return progress != null && !reported;
    }

    public boolean isDone() {
        return progress != null && reported;
    }

    public int getProgressPercent() {
        return progress == null ? 0 : progress.percent();
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public boolean isOnlyWithMessages() {
        return onlyWithMessages;
    }

    public void setOnlyWithMessages(boolean onlyWithMessages) {
        this.onlyWithMessages = onlyWithMessages;
    }

    /** The file's headers that name no known column, as one list. */
    public String getIgnoredHeaders() {
        return preview == null ? "" : String.join(", ", preview.ignoredHeaders());
    }

    /** The columns a file may have, in the template's order. */
    public List<ImportColumn> getColumns() {
        return List.of(ImportColumn.values());
    }

    public long getMaxBytes() {
        return ImportFiles.MAX_BYTES;
    }

    public int getMaxLines() {
        return ImportFiles.MAX_LINES;
    }
}
