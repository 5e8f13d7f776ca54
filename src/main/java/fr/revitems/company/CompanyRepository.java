package fr.revitems.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The company list's queries: filters, global search (name, SIRET, commune, contact), sorting on
 * indexed columns with the id as tie-breaker, and one page of projections at a time.
 */
@ApplicationScoped
public class CompanyRepository {

    /** Sortable columns of the list and the expressions they sort on. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "c.normalizedName",
            "commune", "lower(c.commune)",
            "stage", "c.stage",
            "department", "d.code",
            "updatedAt", "c.updatedAt");

    @PersistenceContext
    EntityManager em;

    public List<CompanyRow> page(CompanySearch search, int first, int size, String sortField, boolean ascending) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        String sort = SORTS.getOrDefault(sortField, "c.normalizedName");
        String direction = ascending ? " asc" : " desc";
        TypedQuery<CompanyRow> query = em.createQuery("select new fr.revitems.company.CompanyRow(c.id, c.name, c.siret,"
                + " c.commune, d.code, c.stage, o.displayName, c.updatedAt) from Company c left join c.department d"
                + " left join c.officer o" + where + " order by " + sort + direction + ", c.id" + direction, CompanyRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The board: how many companies each stage holds under these filters (a stage with none is absent). */
    public Map<PipelineStage, Long> countByStage(CompanySearch search) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<Object[]> query = em.createQuery("select c.stage, count(c) from Company c left join c.department d"
                + where + " group by c.stage", Object[].class);
        parameters.forEach(query::setParameter);
        Map<PipelineStage, Long> counts = new EnumMap<>(PipelineStage.class);
        for (Object[] row : query.getResultList()) {
            counts.put((PipelineStage) row[0], (Long) row[1]);
        }
        return counts;
    }

    public long count(CompanySearch search) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<Long> query = em.createQuery("select count(c) from Company c left join c.department d" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(CompanySearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.text() != null && !search.text().isBlank()) {
            String text = search.text().trim();
            String digits = text.replaceAll("\\s", "");
            where.append(" and (c.normalizedName like :name or lower(c.commune) like :lower");
            parameters.put("name", "%" + CompanyNames.normalize(text) + "%");
            parameters.put("lower", "%" + text.toLowerCase(Locale.ROOT) + "%");
            if (digits.matches("[0-9]{3,14}")) {
                where.append(" or c.siret like :digits or c.siren like :digits");
                parameters.put("digits", digits + "%");
            }
            where.append(" or exists (select ct.id from Contact ct where ct.company = c and (lower(ct.lastName) like :lower"
                    + " or lower(ct.email) like :lower)))");
        }
        if (search.stage() != null) {
            where.append(" and c.stage = :stage");
            parameters.put("stage", search.stage());
        }
        if (search.officerId() != null) {
            where.append(" and c.officer.id = :officer");
            parameters.put("officer", search.officerId());
        }
        if (search.departmentCode() != null) {
            where.append(" and d.code = :department");
            parameters.put("department", search.departmentCode());
        }
        if (search.sectorCode() != null) {
            where.append(" and exists (select s.code from Company c2 join c2.sectors s where c2 = c and s.code = :sector)");
            parameters.put("sector", search.sectorCode());
        }
        if (search.roundId() != null) {
            where.append(" and exists (select r.id from Company c3 join c3.rounds r where c3 = c and r.id = :round)");
            parameters.put("round", search.roundId());
        }
        return where.toString();
    }
}
