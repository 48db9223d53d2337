package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.editorial.ItemRevision;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.ApiLanguage;
import vn.cong.revision.FieldChange;
import vn.cong.revision.RevisionComparison;
import vn.cong.revision.RevisionDiff;
import vn.cong.revision.Segment;
import vn.cong.tenancy.TenantContext;

/**
 * An item's revisions and the word diff of any two, for whoever may see the item (404 for another unit's item,
 * 403 for a non-member; 404 for a revision number the item does not have).
 */
@Path("/items/{id}/revisions")
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ItemRevisionsResource {

    @Inject
    ApiCaller caller;

    @Inject
    ApiLanguage language;

    @Inject
    TenantContext tenant;

    @Inject
    RevisionComparison comparison;

    /** One revision: who saved it when, its note, whether citizens read it (publishedAt) or it is being worked on. */
    public record RevisionView(int number, Instant savedAt, String savedBy, String changeNote, boolean major,
                               Instant publishedAt, String title) {

        static RevisionView of(ItemRevision revision) {
            return new RevisionView(revision.getNumber(), revision.getSavedAt(), revision.getSavedByName(),
                    revision.getChangeNote(), revision.isMajor(), revision.getPublishedAt(), revision.getTitle());
        }
    }

    /** A run of the diff: KEPT, INSERTED or DELETED text; {@code markup} for a tag of rich text shown as text. */
    public record SegmentView(String change, String text, boolean markup) {
    }

    /** One field compared: its values before and after, whether it changed, and the word diff. */
    public record FieldView(String field, boolean changed, String before, String after, List<SegmentView> segments) {

        static FieldView of(FieldChange change) {
            return new FieldView(change.field(), change.changed(), change.before(), change.after(),
                    change.segments().stream().map(FieldView::segment).toList());
        }

        private static SegmentView segment(Segment s) {
            return new SegmentView(s.change().name(), s.text(), s.markup());
        }
    }

    /** Revision {@code from} compared with revision {@code to}, every field in order. */
    public record DiffView(long itemId, int from, int to, List<FieldView> fields) {
    }

    @GET
    @Operation(summary = "The item's revisions, oldest first (every save that changed its text is one)")
    @APIResponse(responseCode = "404", description = "no such item in this unit")
    public List<RevisionView> list(@PathParam("id") long id) {
        return comparison.revisions(actor(), id).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{from}/diff/{to}")
    @Operation(summary = "Two revisions compared word by word",
            description = "Each field of the item (category, title, summary, body, quoted, source, author, permission,"
                    + " field) with its values and its diff as KEPT/INSERTED/DELETED runs; the body is compared on its"
                    + " words with its tags as separate runs (markup=true).")
    @APIResponse(responseCode = "404", description = "no such item in this unit, or no such revision")
    public DiffView diff(@PathParam("id") long id, @PathParam("from") int from, @PathParam("to") int to) {
        RevisionDiff diff = comparison.compare(actor(), id, from, to, language.get());
        return new DiffView(diff.itemId(), diff.from(), diff.to(), diff.fields().stream().map(FieldView::of).toList());
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }
}
