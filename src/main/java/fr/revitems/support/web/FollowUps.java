package fr.revitems.support.web;

import fr.revitems.platform.web.Faces;
import fr.revitems.security.Role;
import fr.revitems.support.SupportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The menu's count of my open tasks overdue or due this week; read once per page. */
@Named("followUps")
@RequestScoped
public class FollowUps {

    @Inject
    SupportService support;

    @Inject
    SecurityContext security;

    private Long due;

    /**
     * The menu entry's label with the count as a badge. PrimeFaces' menubar draws no badge on its top-level
     * items, so the label carries it; it is built from the bundle and a number only, then HTML-escaped.
     */
    public String getMenuLabel() {
        String label = escape(Faces.text("menu.followUps"));
        long count = getDue();
        return count == 0 ? label : label + " <span class=\"menu-count\">" + count + "</span>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public long getDue() {
        if (due == null) {
            boolean follows = security.isCallerInRole(Role.OFFICER_NAME) || security.isCallerInRole(Role.ADMIN_NAME);
            due = follows ? support.myDueCount() : 0L;
        }
        return due;
    }
}
