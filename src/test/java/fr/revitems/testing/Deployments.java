package fr.revitems.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the integration tests: the WAR that ships (built by Maven's package
 * phase, before failsafe runs), plus the container-safe test support. Arquillian adds the test
 * class itself.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("revitems.war", "target/revitems.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": integration tests run after 'mvn package'.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage());
    }
}
