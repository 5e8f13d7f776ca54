package fr.revitems.reference;

import fr.revitems.platform.Texts;
import fr.revitems.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The programme's rounds and who funds each of them, kept by the administrators: a new round (a new
 * territory or funding period), its dates (the dashboard's default period), its funders (the dashboard's
 * funder filter), and whether the forms still offer it. A round is never deleted: companies and records
 * keep it, and its figures stay on the dashboard.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeRoundService {

    /** Upper-case letters, digits and dashes, as the existing codes (REVITEMS-94, VDM-2026-2028). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final int NAME_MAX = 120;
    private static final int FUNDER_MAX = 160;
    private static final int FUNDERS_MAX = 12;

    @PersistenceContext
    EntityManager em;

    /** A round and its number of companies, for the administrators' list. */
    public record Summary(ProgrammeRound round, long companies) {
    }

    public List<Summary> all() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ProgrammeRound.COMPANY_COUNTS, Object[].class).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<Summary> rounds = new ArrayList<>();
        for (ProgrammeRound round : em.createNamedQuery(ProgrammeRound.ALL, ProgrammeRound.class).getResultList()) {
            rounds.add(new Summary(round, counts.getOrDefault(round.getId(), 0L)));
        }
        return rounds;
    }

    /**
     * Creates a round (id null) or changes one whose version is still the one the form was filled from; every
     * rule is checked before anything is written.
     */
    public ProgrammeRound save(Long id, int expectedVersion, String code, String name, LocalDate startsOn, LocalDate endsOn,
                               boolean active, List<String> funders) {
        String cleanName = Texts.clean(name) == null ? null : name.strip().replaceAll("\\s+", " ");
        if (cleanName == null) {
            throw new RoundException("admin_rounds.name.required", "name");
        }
        if (cleanName.length() > NAME_MAX) {
            throw new RoundException("admin_rounds.name.tooLong", "name", NAME_MAX);
        }
        if (startsOn == null) {
            throw new RoundException("admin_rounds.startsOn.required", "startsOn");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RoundException("admin_rounds.endsOn.beforeStart", "endsOn");
        }
        Set<String> cleanFunders = funders(funders);
        ProgrammeRound round;
        if (id == null) {
            String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (cleanCode.isEmpty()) {
                throw new RoundException("admin_rounds.code.required", "code");
            }
            if (!CODE.matcher(cleanCode).matches()) {
                throw new RoundException("admin_rounds.code.invalid", "code");
            }
            refuseTaken(-1L, cleanCode, cleanName);
            round = new ProgrammeRound(cleanCode);
            em.persist(round);
        } else {
            round = em.find(ProgrammeRound.class, id);
            if (round == null) {
                throw new RoundException("admin_rounds.notFound", null);
            }
            if (round.getVersion() != expectedVersion) {
                throw new RoundException("admin_rounds.changedMeanwhile", null);
            }
            refuseTaken(id, round.getCode(), cleanName);
        }
        round.setName(cleanName);
        round.setPeriod(startsOn, endsOn);
        round.setActive(active);
        round.getFunders().clear();
        round.getFunders().addAll(cleanFunders);
        em.flush();
        return round;
    }

    private void refuseTaken(long id, String code, String name) {
        for (ProgrammeRound other : em.createNamedQuery(ProgrammeRound.SAME_CODE_OR_NAME, ProgrammeRound.class)
                .setParameter("code", code).setParameter("name", name).setParameter("id", id).getResultList()) {
            if (other.getCode().equalsIgnoreCase(code)) {
                throw new RoundException("admin_rounds.code.taken", "code", other.getName());
            }
            throw new RoundException("admin_rounds.name.taken", "name", other.getCode());
        }
    }

    /** The funders named, each once (whatever its case), in the order given. */
    private static Set<String> funders(List<String> funders) {
        Set<String> clean = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String funder : funders == null ? List.<String>of() : funders) {
            String name = Texts.clean(funder) == null ? null : funder.strip().replaceAll("\\s+", " ");
            if (name == null) {
                continue;
            }
            if (name.length() > FUNDER_MAX) {
                throw new RoundException("admin_rounds.funder.tooLong", "funders", name, FUNDER_MAX);
            }
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                clean.add(name);
            }
        }
        if (clean.size() > FUNDERS_MAX) {
            throw new RoundException("admin_rounds.funders.tooMany", "funders", FUNDERS_MAX);
        }
        return clean;
    }
}
