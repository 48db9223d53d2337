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
import vn.cong.provisioning.importing.UnitImports;
import vn.cong.tenancy.UnitImport;
import vn.cong.tenancy.UnitImportRow;

/**
 * Bulk provisioning from an official list, through the API: upload the list (the JSON of the official register, as
 * raw bytes) for a dry run, read its rows, confirm, and follow the job. The service decides who may.
 */
@Path("/provisioning/imports")
@Tag(name = "provisioning")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ApiCaller caller;

    @Inject
    UnitImports imports;

    @Inject
    ApiLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Plan an import (the dry run): every unit of the list under the root, its hostname, or why it"
            + " is skipped or refused", description = "root: the unit imported under (left out: the whole country,"
            + " the operator only). 403 outside the caller's subtree, 422 not an official list, 413 over 20 MB.")
    public Response plan(@QueryParam("root") Long root, @QueryParam("name") String name, byte[] content,
                         @Context UriInfo uri) {
        UnitImport planned = imports.plan(caller.require(), root, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(planned.getId())).build())
                .entity(ImportView.of(planned)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import: its state, its counts and its progress")
    public ImportView get(@PathParam("id") long id) {
        return ImportView.of(imports.view(caller.require(), id));
    }

    @GET
    @Path("{id}/rows")
    @Operation(summary = "A page of an import's rows in list order, of one outcome (PENDING, CREATED, SKIPPED,"
            + " REFUSED) or all, each with its message in the caller's language")
    public List<RowView> rows(@PathParam("id") long id, @QueryParam("outcome") String outcome,
                              @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("100") int max) {
        String lang = language.get();
        return imports.rows(caller.require(), id, outcome(outcome), first, max).stream()
                .map(row -> RowView.of(row, lang)).toList();
    }

    @GET
    @Path("{id}/report.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The import's report as an XLSX workbook, in Vietnamese: counts, every row, its reason")
    public Response report(@PathParam("id") long id) {
        return Response.ok(imports.report(caller.require(), id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"nhap-danh-muc-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Confirm a planned import: the background job opens its pending rows",
            description = "202; 409 when it is not planned any more")
    public Response run(@PathParam("id") long id) {
        return Response.accepted(ImportView.of(imports.start(caller.require(), id))).build();
    }

    private static UnitImportRow.Outcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UnitImportRow.Outcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "import.outcome.unknown", text);
        }
    }

    public record ImportView(long id, Long rootUnitId, String sourceName, String state, int totalRows, int createdRows,
                             int skippedRows, int refusedRows, int percentDone, String plannedBy, Instant plannedAt,
                             Instant startedAt, Instant finishedAt) {
        static ImportView of(UnitImport i) {
            int percent = i.getTotalRows() == 0 ? 100 : (int) (100L * i.getDoneRows() / i.getTotalRows());
            return new ImportView(i.getId(), i.getRootUnitId(), i.getSourceName(), i.getState().name(), i.getTotalRows(),
                    i.getCreatedRows(), i.getSkippedRows(), i.getRefusedRows(), percent, i.getStartedByName(),
                    i.getPlannedAt(), i.getStartedAt(), i.getFinishedAt());
        }
    }

    public record RowView(int rowNo, String officialCode, String officialName, String level, String parentCode,
                          String hostname, String outcome, String error, String message, Long unitId) {
        static RowView of(UnitImportRow row, String language) {
            String message = row.getMessageKey() == null ? null : ImportMessages.of(row, language);
            return new RowView(row.getRowNo(), row.getOfficialCode(), row.getOfficialName(),
                    row.getLevel() == null ? null : row.getLevel().name(),
                    row.getParentCode(), row.getHostname(), row.getOutcome().name(), row.getMessageKey(), message,
                    row.getUnitId());
        }
    }
}
