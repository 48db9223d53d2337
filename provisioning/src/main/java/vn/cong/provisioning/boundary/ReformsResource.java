package vn.cong.provisioning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.ApiLanguage;
import vn.cong.platform.DomainException;
import vn.cong.provisioning.importing.ImportMessages;
import vn.cong.provisioning.reform.Reforms;
import vn.cong.tenancy.ReformRun;
import vn.cong.tenancy.ReformStep;

/**
 * A reform from an official mapping (the 2025 reorganisation) as one reorganisation import: plan it (the preview,
 * one step per new province), read the steps, confirm, follow the job. The service decides who may.
 */
@Path("/provisioning/reforms")
@Tag(name = "provisioning")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ReformsResource {

    @Inject
    ApiCaller caller;

    @Inject
    Reforms reforms;

    @Inject
    ApiLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a reform (the preview): per new province, what is relocated, merged, shared out,"
            + " opened and retired among the units the platform has", description = "mapping: dvhcvn-2025-07 (the"
            + " default); provinces: new province codes to limit it to (left out: all). The operator only.")
    public Response plan(Reforms.ReformRequest request, @Context UriInfo uri) {
        ReformRun run = reforms.plan(caller.require(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(run.getId())).build())
                .entity(RunView.of(run)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A reform: its state, its counts and its progress")
    public RunView get(@PathParam("id") long id) {
        return RunView.of(reforms.view(caller.require(), id));
    }

    @GET
    @Path("{id}/steps")
    @Operation(summary = "A page of a reform's steps (one per new province), of one outcome (PENDING, DONE, SKIPPED,"
            + " REFUSED) or all, each with its message in the caller's language")
    public List<StepView> steps(@PathParam("id") long id, @QueryParam("outcome") String outcome,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("100") int max) {
        String lang = language.get();
        return reforms.steps(caller.require(), id, outcome(outcome), first, max).stream()
                .map(step -> StepView.of(step, lang)).toList();
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Confirm a planned reform: the background job applies its steps, one province per"
            + " transaction", description = "202; 409 when it is not planned any more")
    public Response run(@PathParam("id") long id) {
        return Response.accepted(RunView.of(reforms.start(caller.require(), id))).build();
    }

    private static ReformStep.Outcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ReformStep.Outcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "import.outcome.unknown", text);
        }
    }

    public record RunView(long id, String mapping, String decisionNo, String state, int totalSteps, int doneSteps,
                          int skippedSteps, int refusedSteps, int percentDone, String plannedBy, Instant plannedAt,
                          Instant startedAt, Instant finishedAt) {
        static RunView of(ReformRun r) {
            int percent = r.getTotalSteps() == 0 ? 100 : (int) (100L * r.getFinishedSteps() / r.getTotalSteps());
            return new RunView(r.getId(), r.getMapping(), r.getDecisionNo(), r.getState().name(), r.getTotalSteps(),
                    r.getDoneSteps(), r.getSkippedSteps(), r.getRefusedSteps(), percent, r.getStartedByName(),
                    r.getPlannedAt(), r.getStartedAt(), r.getFinishedAt());
        }
    }

    public record StepView(int stepNo, String provinceCode, String provinceName, String outcome, int unitsBefore,
                           int unitsAfter, int relocated, int merged, int sharedOut, int opened, int districtsRetired,
                           String error, String message, Long provinceUnitId) {
        static StepView of(ReformStep s, String language) {
            String message = s.getMessageKey() == null ? null
                    : ImportMessages.of(s.getMessageKey(), s.messageArguments(), language);
            return new StepView(s.getStepNo(), s.getProvinceCode(), s.getProvinceName(), s.getOutcome().name(),
                    s.getUnitsBefore(), s.getUnitsAfter(), s.getRelocated(), s.getMerged(), s.getSharedOut(),
                    s.getOpened(), s.getRetired(), s.getMessageKey(), message, s.getSuccessorId());
        }
    }
}
