package fr.revitems.company.web;

import fr.revitems.company.CompanyRepository;
import fr.revitems.company.CompanyRow;
import fr.revitems.company.CompanySearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pages of the company list straight from the database. The total is counted once per search,
 * not on every page or sort change; knowing it lets a page past the middle be read from the end.
 */
public class CompanyLazyModel extends LazyDataModel<CompanyRow> {

    private static final long serialVersionUID = 1L;

    private final transient CompanyRepository repository;
    private final Supplier<CompanySearch> search;
    private CompanySearch countedSearch;
    private int countedTotal;

    public CompanyLazyModel(CompanyRepository repository, Supplier<CompanySearch> search) {
        this.repository = repository;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CompanySearch current = search.get();
        if (!current.equals(countedSearch)) {
            countedTotal = Math.toIntExact(repository.count(current));
            countedSearch = current;
        }
        return countedTotal;
    }

    @Override
    public List<CompanyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        String field = sort == null ? "name" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return repository.page(search.get(), first, pageSize, field, ascending, count(filterBy));
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
