package fr.revitems.company;

import fr.revitems.testing.Deployments;
import fr.revitems.testing.TestDatabase;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The company list's global search in the database (CompanyRepository, in the server): whatever way
 * a company matches (its commune, its name, a contact, several of them), it is counted and listed
 * once, in the order asked for, page after page, from either end. The expected lists come from a
 * plain SQL statement written apart ({@link #expected}), an {@code OR} of the same "contains" rules.
 */
@ExtendWith(ArquillianExtension.class)
class CompanySearchIT {

    private static final String TOKEN = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    /** A company that matches nothing until its commune changes (its own name, so that only it is renamed). */
    private static final String UNRELATED = "Sans rapport " + TOKEN.substring(2);
    private static final List<String> SORTS = List.of("name", "commune", "stage", "department", "updatedAt");
    private static final Map<String, String> SORT_SQL = Map.of("name", "normalized_name", "commune", "lower(commune)",
            "stage", "stage", "department", "department_code", "updatedAt", "updated_at");
    private static final List<String> STAGES = List.of("PROSPECTION", "DIAGNOSTIC", "SUPPORT", "SKILLS", "CLOSED");
    private static final List<String> DEPARTMENTS = List.of("94", "91", "75");

    private static boolean created;

    @Inject
    CompanyRepository repository;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    /**
     * 36 companies that match and 2 that do not: 30 in a commune whose name holds the text (two of
     * them also by their name or a contact), 3 in other communes by their name (two with the same name,
     * so that the id breaks the tie), 2 by contacts only (one with two matching contacts), 1 in a second
     * commune that holds the text; and one in another commune with an unrelated contact. Written once,
     * by the first test, in the server (where the tests run: a {@code @BeforeAll} would run in the
     * client's JVM too, with a token of its own).
     */
    private static synchronized void companies() throws SQLException {
        if (created) {
            return;
        }
        created = true;
        try (Connection connection = TestDatabase.connect()) {
            String commune = "Bourg-" + TOKEN.toUpperCase(Locale.ROOT);
            for (int i = 0; i < 30; i++) {
                String name = (i == 3 ? "Atelier " + TOKEN : "Commune " + (char) ('A' + i % 26) + " " + i);
                long id = company(connection, name, commune, i);
                if (i == 3 || i == 17) {
                    contact(connection, id, "Martin", "m." + TOKEN + "@example.org");
                }
            }
            company(connection, "Fabrique " + TOKEN.toUpperCase(Locale.ROOT) + " Nord", "Ailleurs", 30);
            company(connection, "Homonyme " + TOKEN, "Ailleurs", 31);
            company(connection, "Homonyme " + TOKEN, "Autrepart", 32);
            long two = company(connection, "Par ses contacts", "Ailleurs", 33);
            contact(connection, two, "Durand-" + TOKEN, null);
            contact(connection, two, "Petit", "petit." + TOKEN + "@example.org");
            long one = company(connection, "Par un contact", null, 34);
            contact(connection, one, TOKEN.toUpperCase(Locale.ROOT), null);
            company(connection, "Ville neuve", "Petit-" + TOKEN + "-le-Haut", 35);
            long none = company(connection, "Sans rapport", "Ailleurs", 36);
            contact(connection, none, "Bernard", "bernard@example.org");
            company(connection, UNRELATED, null, 37);
        }
    }

    @Test
    void everyMatchIsCountedAndListedOnceInEachSortPageAfterPageFromEitherEnd() throws SQLException {
        companies();
        for (PipelineStage stage : new PipelineStage[] {null, PipelineStage.SUPPORT}) {
            CompanySearch search = new CompanySearch(TOKEN, stage, null, null, null, null);
            List<Long> all = expected(stage, "name", true);
            if (stage == null) {
                assertEquals(36, all.size(), "the fixture's matches");
            }
            assertEquals(all.size(), repository.count(search), "count, stage " + stage);
            for (String sort : SORTS) {
                for (boolean ascending : new boolean[] {true, false}) {
                    String what = sort + (ascending ? " asc" : " desc") + ", stage " + stage;
                    List<Long> order = expected(stage, sort, ascending);

                    CompanyRepository.FirstPage first = repository.firstPage(search, 7, sort, ascending);
                    assertEquals(order.size(), first.total(), "first page's total, " + what);
                    assertEquals(order.subList(0, Math.min(7, order.size())), ids(first.rows()), "first page, " + what);

                    List<Long> paged = new ArrayList<>();
                    for (int from = 0; from < order.size(); from += 7) {
                        // the total known: a page past the middle is read from the other end
                        paged.addAll(ids(repository.page(search, from, 7, sort, ascending, order.size())));
                    }
                    assertEquals(order, paged, "pages, " + what);
                    List<Long> unknownTotal = new ArrayList<>();
                    for (int from = 0; from < order.size(); from += 7) {
                        unknownTotal.addAll(ids(repository.page(search, from, 7, sort, ascending)));
                    }
                    assertEquals(order, unknownTotal, "pages read from the start, " + what);

                    int some = Math.min(12, order.size());
                    assertEquals(order.subList(0, some), toList(repository.ids(search, sort, ascending, some)), "ids, " + what);
                    assertEquals(order, toList(repository.ids(search, sort, ascending, 1000)), "every id, " + what);
                }
            }
        }
    }

    @Test
    void theBoardCountsEachMatchOnceInItsStage() throws SQLException {
        companies();
        Map<PipelineStage, Long> expected = new EnumMap<>(PipelineStage.class);
        for (PipelineStage stage : PipelineStage.values()) {
            long count = expected(stage, "name", true).size();
            if (count > 0) {
                expected.put(stage, count);
            }
        }
        assertEquals(expected, repository.countByStage(new CompanySearch(TOKEN, null, null, null, null, null)));
    }

    @Test
    void aCommuneTypedInAnotherCaseOrInPartFindsItsCompanies() throws SQLException {
        companies();
        CompanySearch upper = new CompanySearch("BOURG-" + TOKEN.toUpperCase(Locale.ROOT), null, null, null, null, null);
        assertEquals(30, repository.count(upper));
        assertEquals(30, repository.firstPage(upper, 25, "commune", true).total());
        CompanySearch part = new CompanySearch("petit-" + TOKEN + "-le", null, null, null, null, null);
        assertEquals(List.of("Ville neuve"), repository.page(part, 0, 25, "name", true).stream().map(CompanyRow::name).toList());
    }

    @Test
    void aCommuneGivenToACompanyLaterIsFoundByItsName() throws SQLException {
        companies();
        String renamed = "Rebaptisee-" + TOKEN.substring(2);
        CompanySearch search = new CompanySearch(renamed, null, null, null, null, null);
        assertEquals(0, repository.count(search));
        try (Connection connection = TestDatabase.connect();
             PreparedStatement update = connection.prepareStatement("update company set commune = ? where name = ?")) {
            update.setString(1, renamed);
            update.setString(2, UNRELATED);
            update.executeUpdate();
        }
        assertEquals(1, repository.count(search));
        assertEquals(List.of(UNRELATED),
                repository.firstPage(search, 25, "name", true).rows().stream().map(CompanyRow::name).toList());
    }

    /** The ids that match, in this order: an OR of the search's rules, written apart from the repository. */
    private static List<Long> expected(PipelineStage stage, String sort, boolean ascending) throws SQLException {
        String direction = ascending ? " asc" : " desc";
        String sql = "select c.id from company c where (c.normalized_name like ? or lower(c.commune) like ?"
                + " or exists (select 1 from contact ct where ct.company_id = c.id and (lower(ct.last_name) like ?"
                + " or lower(ct.email) like ?)))" + (stage == null ? "" : " and c.stage = ?")
                + " order by " + SORT_SQL.get(sort) + direction + ", c.id" + direction;
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            String pattern = "%" + TOKEN + "%";
            for (int i = 1; i <= 4; i++) {
                query.setString(i, pattern);
            }
            if (stage != null) {
                query.setString(5, stage.name());
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static long company(Connection connection, String name, String commune, int n) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into company (name, normalized_name, kind, commune,"
                + " department_code, stage, updated_at, updated_by) values (?, ?, 'PME', ?, ?, ?,"
                + " date_trunc('day', now()) - make_interval(days => ?), 'test') returning id")) {
            insert.setString(1, name);
            insert.setString(2, CompanyNames.normalize(name));
            insert.setString(3, commune);
            insert.setString(4, DEPARTMENTS.get(n % DEPARTMENTS.size()));
            insert.setString(5, STAGES.get(n % STAGES.size()));
            // a few companies share their day, so the id breaks ties in that sort too
            insert.setInt(6, n % 9);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void contact(Connection connection, long company, String lastName, String email) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into contact (company_id, last_name, email) values (?, ?, ?)")) {
            insert.setLong(1, company);
            insert.setString(2, lastName);
            insert.setString(3, email);
            insert.executeUpdate();
        }
    }

    private static List<Long> ids(List<CompanyRow> rows) {
        return rows.stream().map(CompanyRow::id).toList();
    }

    private static List<Long> toList(long[] ids) {
        List<Long> list = new ArrayList<>(ids.length);
        for (long id : ids) {
            list.add(id);
        }
        return list;
    }
}
