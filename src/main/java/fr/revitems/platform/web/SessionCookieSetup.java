package fr.revitems.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly (web.xml) and SameSite=Lax (server level, pre-boot commands). Behind HTTPS in production,
 * REVITEMS_SECURE_COOKIES=true also marks it Secure; plain-HTTP development on localhost cannot.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.parseBoolean(System.getenv("REVITEMS_SECURE_COOKIES"))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
