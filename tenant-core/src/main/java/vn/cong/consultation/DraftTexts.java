package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemState;

/** The current unit's drafts for comment: items of a consultation-draft category, and the version citizens read. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DraftTexts {

    @Inject
    ItemRepository items;

    @Inject
    ItemRevisions revisions;

    @Inject
    CategoryRepository categories;

    /** The item, if it is a draft for comment of this unit (any state). */
    public Optional<Item> draft(long itemId) {
        return items.find(itemId).filter(item -> categories.find(item.getCategoryId())
                .map(c -> c.getContentType() == ContentType.CONSULTATION_DRAFT).orElse(false));
    }

    /** The published draft at a citizen address ({@code /lay-y-kien/{slug}}). */
    public Optional<PublishedDraft> publishedBySlug(String slug) {
        return items.publishedBySlug(slug).flatMap(item -> published(item.getId()));
    }

    /**
     * What citizens read of it now; empty while it is not published. An item published before revisions were kept
     * (or loaded as such) reads as its own text, version 0.
     */
    public Optional<PublishedDraft> published(long itemId) {
        return draft(itemId).filter(item -> item.getState() == ItemState.PUBLISHED)
                .map(item -> revisions.lastPublished(itemId).map(r -> new PublishedDraft(itemId, r.getNumber(),
                        r.getTitle(), item.getSlug(), DraftParagraphs.of(r.text().body())))
                        .orElseGet(() -> new PublishedDraft(itemId, 0, item.getTitle(), item.getSlug(),
                                DraftParagraphs.of(item.getBody()))));
    }
}
