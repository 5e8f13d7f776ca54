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
 * <p>A text search is the costly part of the database work (a union of trigram matches on
 * companies and contacts, all of them sorted, whatever the page): when it matches at most
 * {@link #REMEMBERED_IDS} companies, their ids are read once per search and sort, in order, and
 * give the total and every page, which is then read by id. Rows are always read fresh; a company
 * created meanwhile appears at the next search or sort, as the total already did.
 */
public class CompanyLazyModel extends LazyDataModel<CompanyRow> {

    private static final long serialVersionUID = 1L;

    /** At most 160 KB per open list (8 bytes an id); a broader search is paged by the database. */
    static final int REMEMBERED_IDS = 20_000;

    private final transient CompanyRepository repository;
    private final Supplier<CompanySearch> search;
    private CompanySearch countedSearch;
    private int countedTotal;

    /** The sort of the last page shown, used to read a new search's ids in the order the next page wants. */
    private String sortField = "name";
    private boolean sortAscending = true;

    /** The ids of the remembered search, in the remembered sort. */
    private CompanySearch idsSearch;
    private String idsField;
    private boolean idsAscending;
    private long[] ids;
    /** A text search known to match more than REMEMBERED_IDS companies. */
    private CompanySearch broadSearch;

    public CompanyLazyModel(CompanyRepository repository, Supplier<CompanySearch> search) {
        this.repository = repository;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CompanySearch current = search.get();
        if (!current.equals(countedSearch)) {
            long[] found = orderedIds(current, sortField, sortAscending);
            countedTotal = found != null ? found.length : Math.toIntExact(repository.count(current));
            countedSearch = current;
        }
        return countedTotal;
    }

    @Override
    public List<CompanyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        sortField = sort == null ? "name" : sort.getField();
        sortAscending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        CompanySearch current = search.get();
        long[] found = orderedIds(current, sortField, sortAscending);
        if (found == null) {
            return repository.page(current, first, pageSize, sortField, sortAscending, count(filterBy));
        }
        List<Long> page = new ArrayList<>(pageSize);
        for (int i = Math.max(0, first); i < found.length && i < first + pageSize; i++) {
            page.add(found[i]);
        }
        return repository.rows(page);
    }

    /** This text search's ids in this order, read once; null without text or when it matches too many. */
    private long[] orderedIds(CompanySearch current, String field, boolean ascending) {
        if (current.text() == null || current.text().isBlank() || current.equals(broadSearch)) {
            return null;
        }
        if (!(current.equals(idsSearch) && field.equals(idsField) && ascending == idsAscending)) {
            long[] found = repository.ids(current, field, ascending, REMEMBERED_IDS);
            if (found == null) {
                broadSearch = current;
                return null;
            }
            ids = found;
            idsSearch = current;
            idsField = field;
            idsAscending = ascending;
        }
        return ids;
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
