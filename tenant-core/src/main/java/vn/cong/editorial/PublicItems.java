package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The current unit's items as citizens reach them by address ({@link PublicAppearance}). */
@ApplicationScoped
@Transactional
public class PublicItems {

    @Inject
    ItemRepository items;

    @Inject
    ReasonCatalog reasons;

    /** Empty for an unknown or never-published slug. */
    public Optional<PublicAppearance> bySlug(String slug) {
        return items.citizenVisibleBySlug(slug).map(item -> PublicAppearance.of(item,
                code -> reasons.unpublishingReason(code).map(UnpublishingReason::getBehaviour), items::find));
    }
}
