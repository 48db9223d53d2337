package vn.cong.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.WorkflowAction;

/**
 * An item as the API shows it: its text and attribution, where it stands in the workflow, and the actions the
 * caller may fire on it now ({@code availableActions}, from {@code WorkflowPolicy}). {@code reviewPending} marks a
 * force-published item no other board member has reviewed yet; {@code amendmentPending} a published item whose working
 * revision (under {@code /revisions}) citizens do not see yet — the text here is what they read.
 */
public record ItemView(long id, long unitId, long categoryId, String language, String state, Instant stateSince,
                       String slug, String title, String summary, String body, boolean quoted, String source,
                       String authorName, String permissionRef, String field, boolean sensitive,
                       Long escalatedTo, String rejectionReason, String rejectionNote, Instant scheduledAt,
                       String publishFailure, boolean forcePublished, String forceReason, boolean reviewPending,
                       String unpublishingReason, String unpublishingNote, Long consolidatedInto,
                       Instant updatedAt, Instant publishedAt, Instant receivedAt, boolean amendmentPending,
                       List<String> availableActions, Map<String, String> fields) {

    static ItemView of(Item item, Set<WorkflowAction> available, String language) {
        return new ItemView(item.getId(), item.getTenantId() == null ? 0 : item.getTenantId(), item.getCategoryId(),
                item.getLanguage(), item.getState().name(), item.getStateSince(), item.getSlug(), item.getTitle(),
                item.getSummary(), item.getBody(), item.isQuoted(), item.getSource(), item.getAuthorName(),
                item.getPermissionRef(), item.getFieldCode(), item.isSensitive(), item.getEscalatedTo(),
                item.getRejection().getReason(), item.getRejection().getNote(), item.getScheduledAt(),
                item.getPublishFailure() == null ? null : ItemTransitions.failureMessage(item, language),
                item.getForcePublication().getBy() != null, item.getForcePublication().getReason(), item.getForcePublication().isReviewPending(),
                item.getUnpublishing().getReason(), item.getUnpublishing().getNote(), item.getUnpublishing().getConsolidatedInto(),
                item.getUpdatedAt(), item.getPublishedAt(), item.getReceivedAt(), item.getAmendment().isPending(),
                available.stream().map(Enum::name).sorted().toList(), null);
    }

    /** The same with the item's structured fields (field code → stored value; see {@code vn.cong.content}). */
    ItemView withFields(Map<String, String> values) {
        return new ItemView(id, unitId, categoryId, language, state, stateSince, slug, title, summary, body, quoted,
                source, authorName, permissionRef, field, sensitive, escalatedTo, rejectionReason, rejectionNote,
                scheduledAt, publishFailure, forcePublished, forceReason, reviewPending, unpublishingReason,
                unpublishingNote, consolidatedInto, updatedAt, publishedAt, receivedAt, amendmentPending,
                availableActions, values);
    }
}
