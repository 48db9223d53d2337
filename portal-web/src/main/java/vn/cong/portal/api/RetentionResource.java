package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.ApiLanguage;
import vn.cong.platform.DomainException;
import vn.cong.retention.RetentionCandidate;
import vn.cong.retention.RetentionRun;
import vn.cong.retention.RetentionRuns;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * Retention: what the next run will archive in a unit (its administrator, head, secretariat, a DIC administrator over
 * it, the operator), and — for the operator — a run now and the log of runs.
 */
@Path("/retention")
@Tag(name = "retention")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    ApiCaller caller;

    @Inject
    ApiLanguage language;

    @Inject
    TenantContext tenant;

    @Inject
    UnitRepository units;

    @Inject
    RetentionRuns runs;

    /** A run as logged. */
    public record RunView(long id, Instant startedAt, Instant finishedAt, String startedBy, int unitsChecked,
                          int archived, int failed) {

        static RunView of(RetentionRun run) {
            return new RunView(run.getId(), run.getStartedAt(), run.getFinishedAt(), run.getStartedBy(),
                    run.getUnitsChecked(), run.getArchived(), run.getFailed());
        }
    }

    @GET
    @Path("preview")
    @Operation(summary = "What the next retention run will archive in a unit (default: the Host's unit)")
    public List<RetentionCandidate> preview(@QueryParam("unit") Long unitId) {
        Unit unit = unitId == null ? tenant.require().unit()
                : units.find(unitId).orElseThrow(() -> new DomainException(404, "unit.not-found", unitId));
        return runs.preview(caller.require(), unit, language.get());
    }

    @POST
    @Path("runs")
    @Operation(summary = "Operator: run retention now over every unit")
    public RunView run() {
        return RunView.of(runs.runNow(caller.require()));
    }

    @GET
    @Path("runs")
    @Operation(summary = "Operator: the last runs")
    public List<RunView> log() {
        return runs.lastRuns(caller.require(), 50).stream().map(RunView::of).toList();
    }
}
