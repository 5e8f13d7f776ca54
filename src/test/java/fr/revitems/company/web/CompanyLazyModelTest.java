package fr.revitems.company.web;

import fr.revitems.company.CompanyRepository;
import fr.revitems.company.CompanyRow;
import fr.revitems.company.CompanySearch;
import fr.revitems.company.PipelineStage;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list's paging without the database: what it asks the repository, and the pages it gives. */
class CompanyLazyModelTest {

    /** A repository whose text searches match {@code matches} companies, numbered from 1 in the asked order. */
    static final class Recording extends CompanyRepository {
        final List<String> calls = new ArrayList<>();
        long matches;

        @Override
        public long[] ids(CompanySearch search, String sortField, boolean ascending, int max) {
            calls.add("ids " + search.text() + " " + sortField + (ascending ? " asc" : " desc"));
            if (matches > max) {
                return null;
            }
            return LongStream.rangeClosed(1, matches).map(i -> ascending ? i : matches + 1 - i).toArray();
        }

        @Override
        public List<CompanyRow> rows(List<Long> ids) {
            calls.add("rows " + ids);
            return ids.stream().map(id -> new CompanyRow(id, "n" + id, null, null, null, PipelineStage.PROSPECTION, null, null)).toList();
        }

        @Override
        public long count(CompanySearch search) {
            calls.add("count");
            return 100_000;
        }

        @Override
        public List<CompanyRow> page(CompanySearch search, int first, int size, String sortField, boolean ascending, long total) {
            calls.add("page " + first + " " + sortField);
            return List.of();
        }
    }

    private static CompanySearch text(String text) {
        return new CompanySearch(text, null, null, null, null, null);
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void aTextSearchIsEvaluatedOncePerSearchAndSortThenPagedById() {
        Recording repository = new Recording();
        repository.matches = 60;
        AtomicReference<CompanySearch> search = new AtomicReference<>(text("orly"));
        CompanyLazyModel model = new CompanyLazyModel(repository, search::get);

        assertEquals(60, model.count(Map.of()));
        List<Long> second = ids(model.load(25, 25, Map.of(), Map.of()));
        assertEquals(25, second.size());
        assertEquals(List.of(26L, 50L), List.of(second.get(0), second.get(24)));
        assertEquals(List.of(51L, 52L, 53L, 54L, 55L, 56L, 57L, 58L, 59L, 60L), ids(model.load(50, 25, Map.of(), Map.of())));
        assertEquals(1, repository.calls.stream().filter(c -> c.startsWith("ids")).count(), repository.calls.toString());

        // another sort: read again in that order; the total stays
        assertEquals(List.of(60L, 59L), ids(model.load(0, 2, sort("commune", SortOrder.DESCENDING), Map.of())));
        assertEquals(60, model.count(Map.of()));
        assertEquals("ids orly commune desc", repository.calls.get(repository.calls.size() - 2));

        // a new search is read in the sort last shown, once for its total and its first page
        search.set(text("massy"));
        repository.calls.clear();
        assertEquals(60, model.count(Map.of()));
        model.load(0, 25, sort("commune", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("ids massy commune desc"), repository.calls.stream().filter(c -> c.startsWith("ids")).toList());
    }

    @Test
    void aBroadSearchOrNoTextIsPagedByTheDatabase() {
        Recording repository = new Recording();
        repository.matches = CompanyLazyModel.REMEMBERED_IDS + 1;
        AtomicReference<CompanySearch> search = new AtomicReference<>(text("e"));
        CompanyLazyModel model = new CompanyLazyModel(repository, search::get);

        assertEquals(100_000, model.count(Map.of()));
        model.load(50, 25, Map.of(), Map.of());
        model.load(75, 25, Map.of(), Map.of());
        assertEquals(List.of("ids e name asc", "count", "page 50 name", "page 75 name"), repository.calls);

        search.set(text(" "));
        repository.calls.clear();
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());
        assertEquals(List.of("count", "page 0 name"), repository.calls);
    }

    private static List<Long> ids(List<CompanyRow> rows) {
        return rows.stream().map(CompanyRow::id).toList();
    }
}
