package fr.revitems.support.web;

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

    public long getDue() {
        if (due == null) {
            boolean follows = security.isCallerInRole(Role.OFFICER_NAME) || security.isCallerInRole(Role.ADMIN_NAME);
            due = follows ? support.myDueCount() : 0L;
        }
        return due;
    }
}
