package fr.revitems.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The company list's queries: filters, global search (name, SIRET, commune, contact), sorting on
 * indexed columns with the id as tie-breaker, and one page of projections at a time.
 *
 * <p>At 100,000 companies the cost is in the SQL, so the filtering, counting and paging are SQL
 * written here rather than JPQL: a page's ids are read first from {@code company} alone (an
 * index walk on the sort key, no joins, no row read when the visibility map allows), and only
 * those ids are then read as {@link CompanyRow}s. A page past the middle is read from the other
 * end, so no request skips more than half the rows. The global search is a union of
 * "contains" matches that each use a trigram index (V009), instead of an {@code OR} across
 * company and contact that forces a scan of both tables.
 */
@ApplicationScoped
public class CompanyRepository {

    /** Sortable columns of the list and the SQL expressions they sort on (indexed with the id, V009). */
    private static final Map<String, String> SORTS = Map.of(
            "name", "c.normalized_name",
            "commune", "lower(c.commune)",
            "stage", "c.stage",
            "department", "c.department_code",
            "updatedAt", "c.updated_at");

    @PersistenceContext
    EntityManager em;

    /** One page, the whole list's total unknown (the board's columns, or a first page). */
    public List<CompanyRow> page(CompanySearch search, int first, int size, String sortField, boolean ascending) {
        return page(search, first, size, sortField, ascending, -1);
    }

    /**
     * One page of the list.
     *
     * @param total the number of companies under this search when known (-1 otherwise): a page in
     *              the second half is then read backwards from the end
     */
    public List<CompanyRow> page(CompanySearch search, int first, int size, String sortField, boolean ascending, long total) {
        if (size <= 0) {
            return List.of();
        }
        boolean fromEnd = total > 0 && first > total / 2;
        int offset = first;
        int limit = size;
        boolean direction = ascending;
        if (fromEnd) {
            offset = (int) Math.max(0, total - first - size);
            limit = (int) Math.min(size, total - first);
            direction = !ascending;
            if (limit <= 0) {
                return List.of();
            }
        }
        Parameters parameters = new Parameters();
        String order = direction ? " asc" : " desc";
        Query query = em.createNativeQuery("select t.id from (" + matching(search, SORTS.getOrDefault(sortField,
                "c.normalized_name"), parameters) + ") t order by t.k" + order + ", t.id" + order
                + " limit " + limit + " offset " + offset);
        parameters.bind(query);
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (fromEnd) {
            Collections.reverse(ids);
        }
        return rows(ids);
    }

    /**
     * Every company under this search, in the sort order (the id breaking ties), or null when
     * there are more than {@code max}. The list asks for them once a further page of the same
     * search and sort is shown, and then reads each page by id ({@link #rows}) without searching
     * again; the first page keeps the top-N query of {@link #page}.
     */
    public long[] ids(CompanySearch search, String sortField, boolean ascending, int max) {
        Parameters parameters = new Parameters();
        String order = ascending ? " asc" : " desc";
        Query query = em.createNativeQuery("select t.id from (" + matching(search, SORTS.getOrDefault(sortField,
                "c.normalized_name"), parameters) + ") t order by t.k" + order + ", t.id" + order + " limit " + (max + 1));
        parameters.bind(query);
        List<?> found = query.getResultList();
        if (found.size() > max) {
            return null;
        }
        long[] ids = new long[found.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) found.get(i)).longValue();
        }
        return ids;
    }

    /** The rows of these companies, in the order of the ids (a company deleted since is left out). */
    public List<CompanyRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CompanyRow> byId = em.createQuery("select new fr.revitems.company.CompanyRow(c.id, c.name, c.siret,"
                        + " c.commune, d.code, c.stage, o.displayName, c.updatedAt) from Company c left join c.department d"
                        + " left join c.officer o where c.id in :ids", CompanyRow.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(CompanyRow::id, Function.identity()));
        List<CompanyRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            CompanyRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The board: how many companies each stage holds under these filters (a stage with none is absent). */
    public Map<PipelineStage, Long> countByStage(CompanySearch search) {
        Parameters parameters = new Parameters();
        Query query = em.createNativeQuery("select t.k, count(*) from (" + matching(search, "c.stage", parameters)
                + ") t group by t.k");
        parameters.bind(query);
        Map<PipelineStage, Long> counts = new EnumMap<>(PipelineStage.class);
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            counts.put(PipelineStage.valueOf(row[0].toString().trim()), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public long count(CompanySearch search) {
        Parameters parameters = new Parameters();
        Query query = em.createNativeQuery("select count(*) from (" + matching(search, "0", parameters) + ") t");
        parameters.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Positional parameters of a native query (?1, ?2...); a placeholder may appear more than once. */
    private static final class Parameters {
        private final List<Object> values = new ArrayList<>();

        String add(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        void bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
        }
    }

    /**
     * The companies under this search as rows (id, k), k being the given expression on the
     * company {@code c}. Without text, one scan of {@code company} that the planner flattens into
     * an index walk on the sort key. With text, the union of the companies whose own columns match
     * (name or commune contains it, SIRET or SIREN starts with its digits: trigram indexes, one
     * bitmap scan) and those with a contact whose last name or email contains it (trigram indexes
     * on contact), the other filters applied in both branches: the cost follows the number of
     * matches, whatever the sort. (Walking the sort order until a page is full is cheaper for a
     * page of a broad search, but costs a whole walk when the sort key correlates with the text,
     * e.g. sorting by commune while searching a commune.)
     */
    private static String matching(CompanySearch search, String key, Parameters parameters) {
        String filters = filters(search, parameters);
        String select = "select c.id, " + key + " as k";
        if (search.text() == null || search.text().isBlank()) {
            return select + " from company c where true" + filters;
        }
        String text = search.text().trim();
        String digits = text.replaceAll("\\s", "");
        String name = parameters.add("%" + likeEscape(CompanyNames.normalize(text)) + "%");
        String lower = parameters.add("%" + likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
        String own = "c.normalized_name like " + name + " or lower(c.commune) like " + lower;
        if (digits.matches("[0-9]{3,14}")) {
            String prefix = parameters.add(digits + "%");
            own += " or c.siret like " + prefix + " or c.siren like " + prefix;
        }
        return select + " from company c where (" + own + ")" + filters
                + " union " + select + " from contact ct join company c on c.id = ct.company_id"
                + " where (lower(ct.last_name) like " + lower + " or lower(ct.email) like " + lower + ")" + filters;
    }

    /** The filters other than the text, as " and ..." conditions on the company c. */
    private static String filters(CompanySearch search, Parameters parameters) {
        StringBuilder where = new StringBuilder();
        if (search.stage() != null) {
            where.append(" and c.stage = ").append(parameters.add(search.stage().name()));
        }
        if (search.officerId() != null) {
            where.append(" and c.officer_id = ").append(parameters.add(search.officerId()));
        }
        if (search.departmentCode() != null) {
            where.append(" and c.department_code = ").append(parameters.add(search.departmentCode()));
        }
        if (search.sectorCode() != null) {
            where.append(" and exists (select 1 from company_sector cs where cs.company_id = c.id and cs.sector_code = ")
                    .append(parameters.add(search.sectorCode())).append(")");
        }
        if (search.roundId() != null) {
            where.append(" and exists (select 1 from company_round cr where cr.company_id = c.id and cr.round_id = ")
                    .append(parameters.add(search.roundId())).append(")");
        }
        return where.toString();
    }

    /** The text as a literal inside a LIKE pattern: its own % and _ match only themselves. */
    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
