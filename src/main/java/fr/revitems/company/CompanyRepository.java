package fr.revitems.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * end, so no request skips more than half the rows. The global search is a union of disjoint
 * "contains" matches that each use an index (trigram indexes, V009; a commune's range of a btree
 * index, V015), instead of an {@code OR} across company and contact that forces a scan of both
 * tables.
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
        String ids = "select t.id, t.k from (" + matching(search, SORTS.getOrDefault(sortField, "c.normalized_name"),
                parameters, new Window(direction, (long) offset + limit)) + ") t order by t.k" + order + ", t.id" + order
                + " limit " + limit + " offset " + offset;
        List<CompanyRow> rows = new ArrayList<>();
        for (Object[] row : resultRows(rowsOf(ids, "", order), parameters)) {
            rows.add(row(row, 0));
        }
        if (fromEnd) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** A search's first page and how many companies it matches, from one evaluation of the search. */
    public record FirstPage(long total, List<CompanyRow> rows) {
    }

    /**
     * The first page of this search and its total in one statement (one connection, one round
     * trip), for a text search: the total counts every match, the page reads only the first
     * rows of each commune that matches (see {@link #matching}). (Without text, {@link #count}
     * walks an index and the page stops at its last row.)
     */
    public FirstPage firstPage(CompanySearch search, int size, String sortField, boolean ascending) {
        Parameters parameters = new Parameters();
        String order = ascending ? " asc" : " desc";
        int limit = Math.max(1, size);
        String ids;
        if (hasText(search)) {
            // the narrow parts evaluated once, for the total and the page; the communes' counted from the index
            TextMatches matches = TextMatches.of(search, SORTS.getOrDefault(sortField, "c.normalized_name"), parameters);
            ids = "with o as materialized (" + matches.others() + ") select t.id, t.k, ("
                    + matches.countByCommune() + ") + (select count(*) from o) as total from (" + matches.byCommune(
                    new Window(ascending, limit)) + " union all select o.id, o.k from o) t order by t.k" + order + ", t.id"
                    + order + " limit " + limit;
        } else {
            ids = "select t.id, t.k, count(*) over () as total from (" + matching(search,
                    SORTS.getOrDefault(sortField, "c.normalized_name"), parameters, null)
                    + ") t order by t.k" + order + ", t.id" + order + " limit " + limit;
        }
        long total = 0;
        List<CompanyRow> rows = new ArrayList<>();
        for (Object[] row : resultRows(rowsOf(ids, "p.total, ", order), parameters)) {
            total = ((Number) row[0]).longValue();
            rows.add(row(row, 1));
        }
        return new FirstPage(total, size <= 0 ? List.of() : rows);
    }

    /**
     * The list's columns for the page of ids {@code p} (id, sort key k), in its order: the ids are
     * chosen from {@code company} alone (indexes, no joins before the limit), and only their rows
     * are then joined, in the same statement (one connection, one round trip).
     */
    private static String rowsOf(String ids, String extra, String order) {
        return "select " + extra + "c.id, c.name, c.siret, c.commune, c.department_code, c.stage, u.display_name,"
                + " c.updated_at from (" + ids + ") p join company c on c.id = p.id"
                + " left join app_user u on u.id = c.officer_id order by p.k" + order + ", p.id" + order;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> resultRows(String sql, Parameters parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.bind(query);
        return query.getResultList();
    }

    /** A CompanyRow from the columns of {@link #rowsOf}, starting at {@code from}. */
    private static CompanyRow row(Object[] columns, int from) {
        return new CompanyRow(((Number) columns[from]).longValue(), (String) columns[from + 1], (String) columns[from + 2],
                (String) columns[from + 3], (String) columns[from + 4],
                PipelineStage.valueOf(columns[from + 5].toString().trim()), (String) columns[from + 6],
                offsetDateTime(columns[from + 7]));
    }

    /** A timestamptz as the entities read it (the driver gives UTC). */
    private static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /**
     * The first {@code limit} companies under this search, in the sort order (the id breaking
     * ties): the list reads them once a further page of the same search and sort is asked for,
     * and then reads the following pages by id ({@link #rows}) without searching again. A top-N
     * sort, like a page's, stops at the limit.
     */
    public long[] ids(CompanySearch search, String sortField, boolean ascending, int limit) {
        Parameters parameters = new Parameters();
        String order = ascending ? " asc" : " desc";
        Query query = em.createNativeQuery("select t.id from (" + matching(search, SORTS.getOrDefault(sortField,
                "c.normalized_name"), parameters, new Window(ascending, limit)) + ") t order by t.k" + order + ", t.id" + order
                + " limit " + limit);
        parameters.bind(query);
        List<?> found = query.getResultList();
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
        Query query = em.createNativeQuery("select t.k, count(*) from (" + matching(search, "c.stage", parameters, null)
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
        Query query = em.createNativeQuery("select count(*) from (" + matching(search, "0", parameters, null) + ") t");
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

    /** An ordered read: its direction, and how many rows of the order it needs at most (its offset and limit). */
    private record Window(boolean ascending, long rows) {
    }

    /**
     * The companies under this search as rows (id, k), k being the given expression on the
     * company {@code c}, each company once: without text, one scan of {@code company} that the
     * planner flattens into an index walk on the sort key; with text, the {@link TextMatches}.
     *
     * @param window for an ordered read, its direction and how many rows it needs; null for a count
     */
    private static String matching(CompanySearch search, String key, Parameters parameters, Window window) {
        if (!hasText(search)) {
            return "select c.id, " + key + " as k from company c where true" + filters(search, parameters);
        }
        TextMatches matches = TextMatches.of(search, key, parameters);
        return matches.byCommune(window) + " union all " + matches.others();
    }

    private static boolean hasText(CompanySearch search) {
        return search.text() != null && !search.text().isBlank();
    }

    /**
     * A text search as disjoint parts, so that no match is de-duplicated against the others:
     * <ol>
     * <li>the companies of a commune that contains the text, the broad part (a commune holds
     * thousands of companies at 100,000): the communes are found in {@code commune_name}, and
     * each one's companies are read from its range of a btree index on (commune, sort key, id),
     * only as many as an ordered read needs, or counted from the index alone (V015);</li>
     * <li>the others, narrow as a rule: the companies of another commune whose name contains it,
     * or whose SIRET or SIREN starts with its digits (trigram and btree indexes), then the
     * companies with a contact whose last name or email contains it (trigram indexes on
     * contact), matching neither way above.</li>
     * </ol>
     * The other filters apply in each part.
     *
     * @param key      the sort key, an SQL expression on the company c
     * @param select   "select c.id, key as k"
     * @param filters  the other filters, " and ..." conditions on the company c
     * @param communes the communes that contain the text
     */
    private record TextMatches(String key, String select, String filters, String communes, String others) {

        static TextMatches of(CompanySearch search, String key, Parameters parameters) {
            String filters = CompanyRepository.filters(search, parameters);
            String select = "select c.id, " + key + " as k";
            String text = search.text().trim();
            String digits = text.replaceAll("\\s", "");
            String name = parameters.add("%" + likeEscape(CompanyNames.normalize(text)) + "%");
            String lower = parameters.add("%" + likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
            String own = "c.normalized_name like " + name;
            if (digits.matches("[0-9]{3,14}")) {
                String prefix = parameters.add(digits + "%");
                own += " or c.siret like " + prefix + " or c.siren like " + prefix;
            }
            String inCommune = "lower(c.commune) like " + lower;
            String others = select + " from company c where (" + own + ") and (" + inCommune + ") is not true" + filters
                    + " union all select distinct c.id, " + key + " as k from contact ct join company c on c.id = ct.company_id"
                    + " where (lower(ct.last_name) like " + lower + " or lower(ct.email) like " + lower + ") and (" + own
                    + " or " + inCommune + ") is not true" + filters;
            return new TextMatches(key, select, filters, "select cn.name from commune_name cn where cn.name like " + lower,
                    others);
        }

        /**
         * The companies of the communes that contain the text, each commune's read apart: a lateral
         * subquery that the planner cannot flatten (its limit, or {@code offset 0}, prevents it), since
         * a plain join on commune_name, whose size the planner may not know, was planned as a hash join
         * over every company (and {@code = any(array(…))} as a parallel scan of them all).
         *
         * @param window for an ordered read, the first rows of each commune in its order; null for all
         */
        String byCommune(Window window) {
            String range = window == null ? " offset 0" : " order by " + key + order(window) + ", c.id" + order(window)
                    + " limit " + window.rows();
            return "select x.id, x.k from (" + communes + ") m cross join lateral (" + select
                    + " from company c where lower(c.commune) = m.name" + filters + range + ") x";
        }

        /** How many companies the communes that contain the text hold, each commune counted from an index alone. */
        String countByCommune() {
            return "select coalesce(sum(x.n), 0) from (" + communes + ") m cross join lateral (select count(*) as n"
                    + " from company c where lower(c.commune) = m.name" + filters + ") x";
        }

        private static String order(Window window) {
            return window.ascending() ? " asc" : " desc";
        }
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
