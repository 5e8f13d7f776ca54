package fr.revitems.company.web;

import fr.revitems.company.ContactFreshness;
import fr.revitems.company.FreshnessRow;
import fr.revitems.company.MonthlyShare;
import fr.revitems.platform.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** company/freshness.xhtml: contacts to check, "still valid" one by one or in bulk, and the trend. */
@Named
@ViewScoped
public class ContactFreshnessBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The oldest stale contacts listed (a first import may make thousands stale): the page says when there are more. */
    static final int SHOWN = 500;

    @Inject
    ContactFreshness freshness;

    private int months = ContactFreshness.DEFAULT_MONTHS;
    /** Only the contacts of this officer's companies; null: every company's. */
    private Long officerId;
    private List<FreshnessRow> stale;
    private long staleCount;
    private List<FreshnessRow> selected = new ArrayList<>();
    private List<MonthlyShare> trend;

    @PostConstruct
    public void refresh() {
        stale = freshness.stale(months, officerId, SHOWN);
        staleCount = freshness.countStale(months, officerId);
        trend = freshness.shareOverTime(months);
        selected = new ArrayList<>();
    }

    public void stillValid(FreshnessRow row) {
        freshness.confirm(List.of(row.contactId()));
        Faces.info("company_freshness.message.one", row.name().strip());
        refresh();
    }

    public void selectedStillValid() {
        if (selected.isEmpty()) {
            Faces.warn("company_freshness.message.noneSelected");
            return;
        }
        int confirmed = freshness.confirm(selected.stream().map(FreshnessRow::contactId).toList());
        Faces.info("company_freshness.message.many", confirmed);
        refresh();
    }

    public MonthlyShare getNow() {
        return trend.isEmpty() ? null : trend.get(trend.size() - 1);
    }

    /** More stale contacts than the table lists. */
    public boolean isCapped() {
        return staleCount > stale.size();
    }

    public int getShown() {
        return SHOWN;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public List<FreshnessRow> getStale() {
        return stale;
    }

    public long getStaleCount() {
        return staleCount;
    }

    public List<FreshnessRow> getSelected() {
        return selected;
    }

    public void setSelected(List<FreshnessRow> selected) {
        this.selected = selected;
    }

    public List<MonthlyShare> getTrend() {
        return trend;
    }
}
