package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.content.Attachment;
import vn.cong.content.Attachments;
import vn.cong.identity.ApiCaller;
import vn.cong.tenancy.TenantContext;

/**
 * Uploading a file of the Host's unit: the raw bytes as the body, the name as {@code ?name=}. The answer's id goes
 * into an item's FILE field ({@code PUT /items/{id}/fields}); citizens download it at {@code /tep-tin/{id}/…} once
 * the item is published.
 */
@Path("/attachments")
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    ApiCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    Attachments attachments;

    /** A stored attachment. */
    public record AttachmentView(long id, String fileName, String contentType, long size, String sha256, String url) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(),
                    "/tep-tin/" + a.getId() + "/tai-ve");
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file (PDF, DOC, DOCX, XLS, XLSX, PNG, JPG, GIF; the type is checked on the bytes)")
    @APIResponse(responseCode = "201", description = "stored")
    @APIResponse(responseCode = "413", description = "larger than cong.files.max-bytes")
    @APIResponse(responseCode = "415", description = "not an accepted type, or the bytes do not match the name")
    public Response upload(@QueryParam("name") String name, byte[] bytes) {
        Attachment stored = attachments.upload(caller.actorIn(tenant.require().unit()), name, bytes);
        return Response.created(URI.create("/tep-tin/" + stored.getId() + "/tai-ve"))
                .entity(AttachmentView.of(stored)).build();
    }
}
