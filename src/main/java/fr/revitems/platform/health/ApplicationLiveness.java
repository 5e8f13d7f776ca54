package fr.revitems.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;

/**
 * Alive means the application is deployed and answering; heap figures come along for operators.
 * The database is deliberately not checked here (that is readiness): a database outage must not
 * make an orchestrator restart healthy servers.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final long MIB = 1024L * 1024L;

    @Override
    public HealthCheckResponse call() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("application").up()
                .withData("heapUsedMiB", heap.getUsed() / MIB)
                .withData("heapMaxMiB", heap.getMax() / MIB)
                .build();
    }
}
