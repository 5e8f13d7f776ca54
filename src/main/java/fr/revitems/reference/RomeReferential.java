package fr.revitems.reference;

import fr.revitems.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The ROME codes the pickers offer, brought up to date from France Travail's list (a {@link RomeFile}): a code
 * new to the application is added, a label France Travail changed is changed, a code the application had turned
 * off is offered again. A code the file lacks is left as it is: recruitments keep the codes they were given.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RomeReferential {

    @PersistenceContext
    EntityManager em;

    /** What an update from a file does, or did: codes added, relabelled or offered again, unchanged, and not in the file. */
    public record Changes(int added, int changed, int unchanged, long notInFile) implements Serializable {
    }

    /** How many codes the pickers offer now. */
    public long offered() {
        return em.createNamedQuery(RomeCode.COUNT_ACTIVE, Long.class).getSingleResult();
    }

    /** What {@link #update} would do, without writing anything. */
    public Changes preview(RomeFile file) {
        return compare(file, false);
    }

    /** Writes the file's codes, all in one transaction. */
    public Changes update(RomeFile file) {
        return compare(file, true);
    }

    private Changes compare(RomeFile file, boolean write) {
        Map<String, RomeCode> known = new HashMap<>();
        for (RomeCode code : em.createNamedQuery(RomeCode.ALL, RomeCode.class).getResultList()) {
            known.put(code.getCode(), code);
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Map.Entry<String, String> line : file.labels().entrySet()) {
            RomeCode code = known.get(line.getKey());
            if (code == null) {
                added++;
                if (write) {
                    em.persist(new RomeCode(line.getKey(), line.getValue()));
                }
            } else if (!code.getLabel().equals(line.getValue()) || !code.isActive()) {
                changed++;
                if (write) {
                    code.offer(line.getValue());
                }
            } else {
                unchanged++;
            }
        }
        long notInFile = known.keySet().stream().filter(c -> !file.labels().containsKey(c)).count();
        return new Changes(added, changed, unchanged, notInFile);
    }
}
