package fr.revitems.report.web;

import fr.revitems.platform.i18n.LocaleSelection;
import fr.revitems.platform.web.Faces;
import fr.revitems.reference.ReferenceData;
import fr.revitems.report.BreakdownRow;
import fr.revitems.report.DashboardReport;
import fr.revitems.report.Detail;
import fr.revitems.report.Dimension;
import fr.revitems.report.Figure;
import fr.revitems.report.MonthRow;
import fr.revitems.report.ReportFilter;
import fr.revitems.report.ReportService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * reporting/dashboard.xhtml: the programme's figures for a round, departments, a funder and a period.
 * The filter lives in the URL too (see {@link ReportRequest}), so a dashboard can be bookmarked and every
 * figure links to its records with the same filter.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    /** One factory: each Json.createObjectBuilder() looks the JSON provider up on the class path again (a tenth of a request). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ReportService reports;

    @Inject
    ReportTexts texts;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    ReferenceData reference;

    /** A choice of a filter's menu. */
    public record Choice<T extends Serializable>(T value, String label) implements Serializable {
    }

    private Long roundId;
    private List<String> departments = new ArrayList<>();
    private String funder;
    private LocalDate from;
    private LocalDate to;
    private DashboardReport report;
    private List<String> funders;
    private List<Choice<Long>> rounds;
    private List<Choice<String>> departmentChoices;

    /** On opening: the filter of the URL, or the whole life of all rounds. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ReportRequest request;
        try {
            request = ReportRequest.parse(parameters::get, reports::roundLife);
        } catch (ReportRequest.Invalid invalid) {
            Faces.error(invalid.key());
            request = ReportRequest.parse(name -> null, reports::roundLife);
        }
        ReportFilter filter = request.filter();
        roundId = filter.roundId();
        departments = new ArrayList<>(filter.departments());
        funder = filter.funder();
        from = filter.from();
        to = filter.to();
        compute(filter);
    }

    /** A new round: its whole life becomes the period. */
    public void roundChanged() {
        LocalDate[] life = reports.roundLife(roundId);
        from = life[0];
        to = life[1];
        refresh();
    }

    public void refresh() {
        if (from == null || to == null) {
            Faces.fieldError("filters:" + (from == null ? "from" : "to"), "dashboard.period.required");
            return;
        }
        if (to.isBefore(from)) {
            Faces.fieldError("filters:to", "dashboard.period.invalid");
            return;
        }
        if (to.isAfter(from.plusYears(ReportRequest.LONGEST_PERIOD_YEARS))) {
            Faces.fieldError("filters:to", "dashboard.period.tooLong", ReportRequest.LONGEST_PERIOD_YEARS);
            return;
        }
        compute(new ReportFilter(roundId, departments, funder, from, to));
    }

    private void compute(ReportFilter filter) {
        report = reports.dashboard(filter, texts.scope(filter, localeSelection.getLocale()));
    }

    public DashboardReport getReport() {
        return report;
    }

    public Figure[] getFigures() {
        return Figure.values();
    }

    public long value(Figure figure) {
        return report.figures().get(figure);
    }

    /** The records page of a figure, with this dashboard's filter. */
    public String recordsQuery(Figure figure) {
        return ReportRequest.query(report.filter(), figure, null);
    }

    /** The records page of one breakdown cell: positions sought or jobs filled at one level, category or contract. */
    public String detailQuery(BreakdownRow row, boolean jobs) {
        return ReportRequest.query(report.filter(), jobs ? Figure.JOBS_FILLED : Figure.POSITIONS_IDENTIFIED,
                new Detail(row.dimension(), row.code()));
    }

    public String getQuery() {
        return ReportRequest.query(report.filter());
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    public List<BreakdownRow> breakdown(Dimension dimension) {
        return report.breakdowns().get(dimension);
    }

    public long total(Dimension dimension, boolean jobs) {
        return breakdown(dimension).stream().mapToLong(row -> jobs ? row.jobsFilled() : row.positions()).sum();
    }

    public String rowLabel(BreakdownRow row) {
        return row.known() ? row.label(localeSelection.getLocale()) : Faces.text("breakdown.notGiven");
    }

    /** Chart.js configuration of the monthly positions identified and jobs filled (bars). */
    public String getJobsChart() {
        return chart("bar", List.of(
                series("dashboard.series.positions", MonthRow::positions, "#2563eb"),
                series("dashboard.series.jobsFilled", MonthRow::jobsFilled, "#16a34a")));
    }

    /** Chart.js configuration of the companies contacted, diagnosed and supported each month (lines). */
    public String getCompaniesChart() {
        return chart("line", List.of(
                series("dashboard.series.contacted", MonthRow::contacted, "#64748b"),
                series("dashboard.series.diagnosed", MonthRow::diagnosed, "#d97706"),
                series("dashboard.series.supported", MonthRow::supported, "#7c3aed")));
    }

    private JsonObjectBuilder series(String key, ToLongFunction<MonthRow> value, String colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        report.months().forEach(month -> data.add(value.applyAsLong(month)));
        return JSON.createObjectBuilder().add("label", Faces.text(key)).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("fill", false).add("tension", 0.2);
    }

    private String chart(String type, List<JsonObjectBuilder> series) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        report.months().forEach(month -> labels.add(MONTH.format(month.month())));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        series.forEach(datasets::add);
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /**
     * The rounds' menu, read once for the page: every filter change re-renders that menu (and a department
     * ticked is checked against the departments), and the lists change far less often than an officer clicks.
     */
    public List<Choice<Long>> getRounds() {
        if (rounds == null) {
            rounds = reference.getAllRounds().stream().map(r -> new Choice<>(r.getId(), r.getName())).toList();
        }
        return rounds;
    }

    /** The departments' menu, read once for the page (see {@link #getRounds()}). */
    public List<Choice<String>> getDepartmentChoices() {
        if (departmentChoices == null) {
            departmentChoices = reference.getDepartments().stream().map(d -> new Choice<>(d.getCode(), d.getLabel())).toList();
        }
        return departmentChoices;
    }

    public List<String> getFunders() {
        if (funders == null) {
            funders = reports.funders();
        }
        return funders;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? new ArrayList<>() : departments;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
