package vn.cong.portal.api;

import java.time.Instant;
import vn.cong.editorial.Item;

/** An item as the API shows it. */
public record ItemView(long id, long unitId, long categoryId, String language, String state, String slug,
                       String title, String summary, String body, String source, String authorName,
                       String rejectionReason, String rejectionNote, Instant updatedAt, Instant publishedAt) {

    static ItemView of(Item item) {
        return new ItemView(item.getId(), item.getTenantId() == null ? 0 : item.getTenantId(), item.getCategoryId(),
                item.getLanguage(), item.getState().name(), item.getSlug(), item.getTitle(), item.getSummary(),
                item.getBody(), item.getSource(), item.getAuthorName(), item.getRejectionReason(),
                item.getRejectionNote(), item.getUpdatedAt(), item.getPublishedAt());
    }
}
