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

    /** A repository whose searches match {@code matches} companies, numbered from 1 in the asked order. */
    static final class Recording extends CompanyRepository {
        final List<String> calls = new ArrayList<>();
        long matches;

        @Override
        public long[] ids(CompanySearch search, String sortField, boolean ascending, int limit) {
            calls.add("ids " + search.text() + " " + sortField + (ascending ? " asc " : " desc ") + limit);
            long found = Math.min(limit, matches);
            return LongStream.rangeClosed(1, found).map(i -> ascending ? i : matches + 1 - i).toArray();
        }

        @Override
        public List<CompanyRow> rows(List<Long> ids) {
            calls.add("rows " + ids.size());
            return rowsOf(ids);
        }

        static List<CompanyRow> rowsOf(List<Long> ids) {
            return ids.stream().map(id -> new CompanyRow(id, "n" + id, null, null, null, PipelineStage.PROSPECTION, null, null)).toList();
        }

        @Override
        public long count(CompanySearch search) {
            calls.add("count");
            return matches;
        }

        @Override
        public FirstPage firstPage(CompanySearch search, int size, String sortField, boolean ascending) {
            calls.add("first " + search.text() + " " + size + " " + sortField + (ascending ? " asc" : " desc"));
            return new FirstPage(matches, rowsOf(LongStream.rangeClosed(1, Math.min(size, matches)).boxed().toList()));
        }

        @Override
        public List<CompanyRow> page(CompanySearch search, int first, int size, String sortField, boolean ascending, long total) {
            calls.add("page " + first + " " + sortField + (ascending ? " asc" : " desc"));
            return List.of();
        }

        List<String> lastCalls() {
            List<String> last = List.copyOf(calls);
            calls.clear();
            return last;
        }
    }

    private static CompanySearch text(String text) {
        return new CompanySearch(text, null, null, null, null, null);
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void aNewTextSearchIsEvaluatedOnceForItsTotalAndFirstPage() {
        Recording repository = new Recording();
        repository.matches = 60;
        AtomicReference<CompanySearch> search = new AtomicReference<>(text("orly"));
        CompanyLazyModel model = new CompanyLazyModel(repository, search::get);

        assertEquals(60, model.count(Map.of()));
        List<Long> first = ids(model.load(0, 25, Map.of(), Map.of()));
        assertEquals(List.of("first orly 25 name asc"), repository.lastCalls());
        assertEquals(List.of(1L, 25L), List.of(first.get(0), first.get(24)));

        // read in the sort and page size shown last
        model.load(0, 50, sort("commune", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("page 0 commune desc"), repository.lastCalls());
        search.set(text("massy"));
        model.count(Map.of());
        model.load(0, 50, sort("commune", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("first massy 50 commune desc"), repository.lastCalls());

        // a first page it cannot serve (another page, sort or size) is read as before
        search.set(text("créteil"));
        model.count(Map.of());
        model.load(50, 50, sort("commune", SortOrder.DESCENDING), Map.of());
        search.set(text("ivry"));
        model.count(Map.of());
        model.load(0, 50, sort("name", SortOrder.ASCENDING), Map.of());
        assertEquals(List.of("first créteil 50 commune desc", "page 50 commune desc", "first ivry 50 commune desc", "page 0 name asc"),
                repository.lastCalls());

        // without text, a count walks an index and the page stops at its last row
        search.set(text(""));
        model.count(Map.of());
        model.load(0, 25, Map.of(), Map.of());
        assertEquals(List.of("count", "page 0 name asc"), repository.lastCalls());
    }

    @Test
    void furtherPagesOfTheSameSearchAndSortAreSlicesOfItsIds() {
        Recording repository = new Recording();
        repository.matches = 60;
        AtomicReference<CompanySearch> search = new AtomicReference<>(text("orly"));
        CompanyLazyModel model = new CompanyLazyModel(repository, search::get);
        model.load(0, 25, Map.of(), Map.of());
        repository.lastCalls();

        // a second page of the same search and sort: its ids are read once (here all of them), then sliced
        List<Long> second = ids(model.load(25, 25, Map.of(), Map.of()));
        assertEquals(List.of("ids orly name asc 300", "rows 25"), repository.lastCalls());
        assertEquals(List.of(26L, 50L), List.of(second.get(0), second.get(24)));
        assertEquals(60, model.getRowCount());
        assertEquals(LongStream.rangeClosed(51, 60).boxed().toList(), ids(model.load(50, 25, Map.of(), Map.of())));
        List<Long> firstAgain = ids(model.load(0, 25, Map.of(), Map.of()));
        assertEquals(List.of(1L, 25L), List.of(firstAgain.get(0), firstAgain.get(24)));
        assertEquals(List.of("rows 10", "rows 25"), repository.lastCalls());

        // another sort forgets them: its first page is the database's top-N, its next pages a new slice
        model.load(0, 25, sort("commune", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("page 0 commune desc"), repository.lastCalls());
        assertEquals(List.of(35L, 34L), ids(model.load(25, 25, sort("commune", SortOrder.DESCENDING), Map.of())).subList(0, 2));
        assertEquals(List.of("ids orly commune desc 300", "rows 25"), repository.lastCalls());

        // so does another filter or text
        search.set(new CompanySearch("orly", PipelineStage.DIAGNOSTIC, null, null, null, null));
        model.load(25, 25, sort("commune", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("first orly 25 commune desc", "page 25 commune desc"), repository.lastCalls());
        model.load(0, 25, sort("commune", SortOrder.DESCENDING), Map.of());
        model.load(25, 25, sort("commune", SortOrder.DESCENDING), Map.of());
        assertEquals(List.of("page 0 commune desc", "ids orly commune desc 300", "rows 25"), repository.lastCalls());
    }

    @Test
    void theIdsOfTenPagesAheadAreReadThenALongerStretchWhenThePagesGoFurther() {
        Recording repository = new Recording();
        repository.matches = 2_000;
        CompanyLazyModel model = new CompanyLazyModel(repository, () -> text("orly"));
        model.load(0, 25, Map.of(), Map.of());
        repository.lastCalls();

        for (int first = 25; first < 300; first += 25) {
            assertEquals(first + 1, ids(model.load(first, 25, Map.of(), Map.of())).get(0));
        }
        List<String> calls = repository.lastCalls();
        assertEquals("ids orly name asc 300", calls.get(0));
        assertEquals(1, calls.stream().filter(c -> c.startsWith("ids")).count(), calls.toString());

        assertEquals(301L, ids(model.load(300, 25, Map.of(), Map.of())).get(0));
        assertEquals(List.of("ids orly name asc 575", "rows 25"), repository.lastCalls());

        // a page number the paginator shows, five pages on: its stretch of ids too
        model.load(0, 25, sort("commune", SortOrder.ASCENDING), Map.of());
        assertEquals(126L, ids(model.load(125, 25, sort("commune", SortOrder.ASCENDING), Map.of())).get(0));
        assertEquals(List.of("page 0 commune asc", "ids orly commune asc 400", "rows 25"), repository.lastCalls());
        model.load(0, 25, Map.of(), Map.of());
        model.load(300, 25, Map.of(), Map.of());
        repository.lastCalls();

        // a jump further is read by the page query, as before; the page next to it reads its stretch of ids
        model.load(800, 25, Map.of(), Map.of());
        model.load(825, 25, Map.of(), Map.of());
        assertEquals(List.of("page 800 name asc", "ids orly name asc 1100", "rows 25"), repository.lastCalls());
        // past the middle, a page is read from the other end
        model.load(1500, 25, Map.of(), Map.of());
        model.load(1525, 25, Map.of(), Map.of());
        assertEquals(List.of("page 1500 name asc", "page 1525 name asc"), repository.lastCalls());
    }

    @Test
    void aBroadSearchOrNoTextIsAlwaysPagedByTheDatabase() {
        Recording repository = new Recording();
        repository.matches = CompanyLazyModel.REMEMBERED_IDS + 1;
        AtomicReference<CompanySearch> search = new AtomicReference<>(text("e"));
        CompanyLazyModel model = new CompanyLazyModel(repository, search::get);

        model.load(0, 25, Map.of(), Map.of());
        model.load(25, 25, Map.of(), Map.of());
        model.load(50, 25, Map.of(), Map.of());
        assertEquals(List.of("first e 25 name asc", "page 25 name asc", "page 50 name asc"), repository.lastCalls());

        repository.matches = 100;
        search.set(text(" "));
        model.load(0, 25, Map.of(), Map.of());
        model.load(25, 25, Map.of(), Map.of());
        assertEquals(List.of("count", "page 0 name asc", "page 25 name asc"), repository.lastCalls());
    }

    private static List<Long> ids(List<CompanyRow> rows) {
        return rows.stream().map(CompanyRow::id).toList();
    }
}
