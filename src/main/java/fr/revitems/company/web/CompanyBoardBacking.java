package fr.revitems.company.web;

import fr.revitems.company.CompanyException;
import fr.revitems.company.CompanyRepository;
import fr.revitems.company.CompanyRow;
import fr.revitems.company.CompanySearch;
import fr.revitems.company.CompanyService;
import fr.revitems.company.PipelineStage;
import fr.revitems.platform.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.DragDropEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * company/board.xhtml: one column per stage with its count; a card dropped on another column
 * moves the company when the pipeline allows it without a written reason, otherwise the person
 * is sent to the company page to give one.
 */
@Named
@ViewScoped
public class CompanyBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Cards shown per column; the count says how many there are, the list shows them all. */
    static final int CARDS_PER_COLUMN = 200;
    private static final Pattern COLUMN = Pattern.compile(":columns:(\\d+):");
    private static final Pattern CARD = Pattern.compile(":columns:(\\d+):cards:(\\d+):");

    @Inject
    CompanyRepository repository;

    @Inject
    CompanyService companies;

    private final CompanyFilters filters = new CompanyFilters();
    private List<Column> columns;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        Map<PipelineStage, Long> counts = repository.countByStage(search(null));
        columns = new ArrayList<>();
        for (PipelineStage stage : PipelineStage.values()) {
            List<CompanyRow> cards = repository.page(search(stage), 0, CARDS_PER_COLUMN, "name", true);
            columns.add(new Column(stage, counts.getOrDefault(stage, 0L), cards));
        }
    }

    private CompanySearch search(PipelineStage stage) {
        return filters.search(null, stage);
    }

    public void onDrop(DragDropEvent<?> event) {
        Matcher card = CARD.matcher(event.getDragId());
        Matcher column = COLUMN.matcher(event.getDropId());
        if (!card.find() || !column.find()) {
            return;
        }
        CompanyRow row = columns.get(Integer.parseInt(card.group(1))).cards().get(Integer.parseInt(card.group(2)));
        PipelineStage target = columns.get(Integer.parseInt(column.group(1))).stage();
        PipelineStage.Move move = row.stage().moveTo(target);
        if (move == PipelineStage.Move.FREE) {
            try {
                companies.moveStage(row.id(), target, null, null);
                Faces.info("company_board.message.moved", row.name(), Faces.text("PipelineStage." + target));
            } catch (CompanyException e) {
                Faces.error(e.messageKey(), e.arguments());
            }
        } else if (move.allowed()) {
            Faces.warn("company_board.message.needsReason", row.name());
        } else {
            Faces.error(move == PipelineStage.Move.REFUSED_SKIPS_A_STEP ? "company.stage.skips" : "company.stage.same");
        }
        refresh();
    }

    /** CSS classes of a card naming the columns it may be dropped on. */
    public String dropTargets(CompanyRow row) {
        StringBuilder classes = new StringBuilder();
        for (PipelineStage target : PipelineStage.values()) {
            if (row.stage().moveTo(target).allowed()) {
                classes.append(" to-").append(target);
            }
        }
        return classes.toString().trim();
    }

    public List<Column> getColumns() {
        return columns;
    }

    public CompanyFilters getFilters() {
        return filters;
    }

    /** One stage: its total under the filters and the first cards. */
    public record Column(PipelineStage stage, long count, List<CompanyRow> cards) implements Serializable {
        public boolean isTruncated() {
            return count > cards.size();
        }
    }

}
