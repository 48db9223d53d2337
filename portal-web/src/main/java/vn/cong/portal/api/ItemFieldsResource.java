package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.content.FieldDefinition;
import vn.cong.content.StructuredFields;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.identity.Actor;
import vn.cong.identity.ApiCaller;
import vn.cong.platform.ApiLanguage;
import vn.cong.tenancy.TenantContext;

/**
 * The structured fields of an item of the Host's unit (catalog-driven content types): the schema of its category's
 * type and its values. PUT sets them all at once with the rules of editing the item's text; invalid values are a 422
 * listing every problem ({@code details}), and nothing is saved.
 */
@Path("/items/{id}/fields")
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemFieldsResource {

    @Inject
    ApiCaller caller;

    @Inject
    ApiLanguage language;

    @Inject
    TenantContext tenant;

    @Inject
    ItemAuthoring authoring;

    @Inject
    StructuredFields fields;

    @Context
    HttpServletRequest request;

    /** An item's fields: the schema of its type (code, label, kind, required, values) and the stored values. */
    public record FieldsView(long itemId, String contentType, List<FieldView> schema, Map<String, String> fields) {
    }

    /** One field of the schema, labelled in the caller's language. */
    public record FieldView(String code, String label, String kind, boolean required, boolean searchable,
                            List<String> values, String trigger) {

        static FieldView of(FieldDefinition f, String language) {
            return new FieldView(f.code(), f.label(language), f.kind().name(), f.required(), f.searchable(),
                    f.values().stream().map(v -> v.code()).toList(), f.trigger() == null ? null : f.trigger().name());
        }
    }

    @GET
    @Operation(summary = "The item's structured fields and the schema of its content type")
    @APIResponse(responseCode = "404", description = "no such item in this unit")
    public FieldsView get(@PathParam("id") long id) {
        Item item = authoring.require(id, actor());
        return view(item);
    }

    @PUT
    @Operation(summary = "Set the item's structured fields (all of them; a field left out is cleared)",
            description = "Values as text: dates yyyy-MM-dd (or dd/MM/yyyy), numbers plain, ENUM by code, FILE by the id"
                    + " of an attachment uploaded to POST /attachments, URL http(s).")
    @APIResponse(responseCode = "403", description = "not this caller's to edit")
    @APIResponse(responseCode = "409", description = "nobody may edit the item in its state")
    @APIResponse(responseCode = "422", description = "invalid values: every problem in details; nothing saved")
    public FieldsView put(@PathParam("id") long id, Map<String, String> values) {
        Actor actor = actor();
        fields.save(actor, id, values, request.getRemoteAddr());
        return view(authoring.require(id, actor));
    }

    private FieldsView view(Item item) {
        String lang = language.get();
        return fields.schemaOf(item.getCategoryId())
                .map(schema -> new FieldsView(item.getId(), schema.type().name(),
                        schema.fields().stream().map(f -> FieldView.of(f, lang)).toList(), fields.values(item.getId())))
                .orElse(new FieldsView(item.getId(), null, List.of(), Map.of()));
    }

    private Actor actor() {
        return caller.actorIn(tenant.require().unit());
    }
}
