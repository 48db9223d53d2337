package vn.cong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.SchemaReady;

/** Loads the demo portals once, on the first start of an empty database, when {@code cong.demo-data} is on. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoDataLoader loader;

    @Inject
    vn.cong.compliance.ComplianceJob complianceJob;

    @Inject
    @ConfigProperty(name = "cong.demo-data", defaultValue = "false")
    boolean enabled;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (enabled && loader.loadIfEmpty()) {
            LOG.info("CONG: demo portals loaded (password of every demo account: " + DemoDataLoader.DEMO_PASSWORD + ")");
            // once the demo is committed: periods of the periodic rules and statuses, so dashboards are true at once
            complianceJob.runAll();
        }
    }
}
