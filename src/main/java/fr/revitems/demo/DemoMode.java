package fr.revitems.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this server runs the demo: every page then says that its data is fictional. */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "REVITEMS_DEMO", defaultValue = "false")
    boolean active;

    public boolean isActive() {
        return active;
    }
}
