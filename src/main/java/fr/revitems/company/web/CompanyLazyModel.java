package fr.revitems.company.web;

import fr.revitems.company.CompanyRepository;
import fr.revitems.company.CompanyRow;
import fr.revitems.company.CompanySearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pages of the company list straight from the database. The total is counted once per search,
 * not on every page or sort change; knowing it lets a page past the middle be read from the end.
 *
 * <p>A text search is the costly part of the database work (its matches by name and contact are
 * found and sorted again for every page; those of a commune are read from an index range, only as
 * many as the page needs: see {@code CompanyRepository.matching}). So:
 * <ul>
 * <li>a new text search is evaluated once for its total and its first page together (in the
 * sort and page size shown), where a count and a page were two evaluations;</li>
 * <li>the first page of every sort is the database's top-N query, which stops at the page's
 * last row;</li>
 * <li>once a further page of the same search, filters and sort is asked for from the paginator's links
 * (the next or previous page, or a page number shown, at most {@link #PAGE_LINKS} pages away), and the search
 * matches at most {@link #REMEMBERED_IDS} companies, the ids of its first pages are read in
 * order, up to {@link #PAGES_AHEAD} pages past the one asked for (a top-N sort, as costly as that
 * page's own query), and the pages they cover are then slices read by id; going further reads
 * a longer stretch. Any change of text, filter or sort forgets them.</li>
 * </ul>
 * Rows are always read fresh; a company created meanwhile appears at the next search, as the
 * total did.
 */
public class CompanyLazyModel extends LazyDataModel<CompanyRow> {

    private static final long serialVersionUID = 1L;

    /** At most 160 KB per open list (8 bytes an id); a broader search is paged by the database. */
    static final int REMEMBERED_IDS = 20_000;

    /** Pages read ahead with a further page's ids. */
    static final int PAGES_AHEAD = 10;

    /** The page numbers the list's paginator shows around the current page (PrimeFaces' pageLinks). */
    static final int PAGE_LINKS = 10;

    private final transient CompanyRepository repository;
    private final Supplier<CompanySearch> search;
    private CompanySearch countedSearch;
    private int countedTotal;

    /** The search, sort and page size of the last page read. */
    private CompanySearch shownSearch;
    private String shownField = "name";
    private boolean shownAscending = true;
    private int shownPageSize = 25;
    private int shownFirst;
    /** That search's first ids in that sort, once a further page of it was asked for; null otherwise. */
    private long[] ids;
    /** Whether {@link #ids} holds every match (fewer than were asked for came back). */
    private boolean idsComplete;

    /** A new text search's first page, read with its total, for the load that follows the count. */
    private transient Prefetched prefetched;

    private record Prefetched(String field, boolean ascending, int size, List<CompanyRow> rows) {
    }

    public CompanyLazyModel(CompanyRepository repository, Supplier<CompanySearch> search) {
        this.repository = repository;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CompanySearch current = search.get();
        if (!current.equals(countedSearch)) {
            prefetched = null;
            if (hasText(current)) {
                CompanyRepository.FirstPage first = repository.firstPage(current, shownPageSize, shownField, shownAscending);
                countedTotal = Math.toIntExact(first.total());
                prefetched = new Prefetched(shownField, shownAscending, shownPageSize, first.rows());
            } else {
                countedTotal = Math.toIntExact(repository.count(current));
            }
            countedSearch = current;
        }
        return countedTotal;
    }

    @Override
    public List<CompanyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        String field = sort == null ? "name" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        CompanySearch current = search.get();
        int total = count(filterBy);
        Prefetched page = prefetched;
        prefetched = null;
        boolean sameAsShown = current.equals(shownSearch) && field.equals(shownField) && ascending == shownAscending;
        // a page the paginator offers from the one shown (the next or previous, one of the page numbers around it):
        // someone reading the results; a jump further (the last page, the API) keeps the page query
        boolean nearby = first != shownFirst && Math.abs(first - shownFirst) <= PAGE_LINKS * pageSize && pageSize == shownPageSize;
        shownPageSize = pageSize;
        shownFirst = first;
        if (!sameAsShown) {
            ids = null;
            shownSearch = current;
            shownField = field;
            shownAscending = ascending;
        } else if (first > 0 && nearby && !covers(first, pageSize) && hasText(current) && total <= REMEMBERED_IDS
                && first <= total / 2) {
            // (a page past the middle is read from the other end, cheaper than every id before it)
            int limit = Math.min(REMEMBERED_IDS, first + pageSize * (PAGES_AHEAD + 1));
            ids = repository.ids(current, field, ascending, limit);
            idsComplete = ids.length < limit;
            if (idsComplete) {
                // the paginator counts what the slices hold (a company may have come or gone since the count)
                countedTotal = ids.length;
                setRowCount(ids.length);
            }
        }
        if (covers(first, pageSize)) {
            List<Long> slice = new ArrayList<>(pageSize);
            for (int i = Math.max(0, first); i < ids.length && i < first + pageSize; i++) {
                slice.add(ids[i]);
            }
            return repository.rows(slice);
        }
        if (page != null && first == 0 && pageSize == page.size() && field.equals(page.field()) && ascending == page.ascending()) {
            return page.rows();
        }
        return repository.page(current, first, pageSize, field, ascending, total);
    }

    /** Whether the remembered ids hold this page. */
    private boolean covers(int first, int pageSize) {
        return ids != null && (idsComplete || first + pageSize <= ids.length);
    }

    private static boolean hasText(CompanySearch search) {
        return search.text() != null && !search.text().isBlank();
    }

    @Override
    public String getRowKey(CompanyRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public CompanyRow getRowData(String rowKey) {
        return null;
    }
}
