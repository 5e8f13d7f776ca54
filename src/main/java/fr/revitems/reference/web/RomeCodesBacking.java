package fr.revitems.reference.web;

import fr.revitems.company.imports.ImportFileException;
import fr.revitems.company.imports.ImportFiles;
import fr.revitems.platform.web.Faces;
import fr.revitems.reference.RomeFile;
import fr.revitems.reference.RomeReferential;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;

/**
 * admin/rome.xhtml: France Travail's list of ROME codes uploaded, what it would change shown first, then the
 * update made or dropped.
 */
@Named
@ViewScoped
public class RomeCodesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RomeReferential referential;

    private RomeFile file;
    private String fileName;
    private RomeReferential.Changes changes;
    private Long offered;

    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        file = null;
        changes = null;
        if (uploaded.getSize() > ImportFiles.MAX_BYTES) {
            Faces.error("company_import.file.tooBig", ImportFiles.MAX_BYTES / (1024 * 1024));
            return;
        }
        try {
            file = RomeFile.read(uploaded.getFileName(), uploaded.getContent());
            fileName = uploaded.getFileName();
            changes = referential.preview(file);
        } catch (ImportFileException unusable) {
            Faces.error(unusable.messageKey(), unusable.arguments());
        }
    }

    public void update() {
        if (file == null) {
            return;
        }
        RomeReferential.Changes done = referential.update(file);
        Faces.info("reference_rome.message.done", done.added(), done.changed());
        file = null;
        changes = null;
        offered = null;
    }

    public void cancel() {
        file = null;
        changes = null;
        Faces.info("reference_rome.message.cancelled");
    }

    /** Why a line was not taken, in the reader's language. */
    public String reason(RomeFile.Rejected line) {
        return Faces.text(line.messageKey(), line.value());
    }

    public long getOffered() {
        if (offered == null) {
            offered = referential.offered();
        }
        return offered;
    }

    public boolean isPreviewing() {
        return file != null;
    }

    public RomeFile getFile() {
        return file;
    }

    public String getFileName() {
        return fileName;
    }

    public RomeReferential.Changes getChanges() {
        return changes;
    }

    public int getMaxBytes() {
        return ImportFiles.MAX_BYTES;
    }
}
