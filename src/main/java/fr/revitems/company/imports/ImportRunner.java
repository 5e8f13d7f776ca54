package fr.revitems.company.imports;

import fr.revitems.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import in the background so the page can show its progress. The import's transaction
 * is the service's own: the progress says "finished" only after it has committed or rolled back.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    CompanyImportService service;

    @Asynchronous
    public void run(ImportPreview preview, ImportProgress progress) {
        try {
            progress.succeeded(service.importValid(preview, progress));
        } catch (ImportFailedException refused) {
            progress.failed(refused.line(), refused.reason());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "Import of " + preview.fileName() + " failed; nothing was saved", unexpected);
            progress.failed(0, LineMessage.error("company_import.failed.unexpected"));
        }
    }
}
