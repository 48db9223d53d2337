package vn.cong.portal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cong.platform.ContentChanged;
import vn.cong.portal.cache.UnitScopedCache;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.UnitsChanged;

/**
 * The citizen-visible articles of each unit, per language channel, read once by {@link ArticleLoader} and kept in
 * memory until a change to the unit's public content commits — publishing, unpublishing, republishing, a catalog
 * change, a published item's structured fields ({@link ContentChanged}), or any unit's name ({@link UnitsChanged}).
 * A page rendered without the page cache thus reads no database. Unknown addresses are not kept.
 */
@ApplicationScoped
public class CitizenArticles {

    /**
     * An article view holds its body (≈ 10 KB for a long Vietnamese article): 5,000 of them stay well inside the heap
     * next to the page cache. Reaching the bound drops them all; the busiest articles come back at their next read.
     */
    static final int MAX_ENTRIES = 5_000;

    private final UnitScopedCache<String, CitizenArticle> articles = new UnitScopedCache<>(MAX_ENTRIES);

    @Inject
    TenantContext tenant;

    @Inject
    ArticleLoader loader;

    /** The current unit's article at {@code slug} on the current channel; empty for an unknown or unpublished one. */
    public Optional<CitizenArticle> bySlug(String slug) {
        String language = tenant.language();
        return Optional.ofNullable(articles.get(tenant.unitId(), language + '|' + slug,
                () -> loader.load(slug, language).orElse(null)));
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged changed) {
        articles.invalidate(changed.unitId());
    }

    void onUnitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged changed) {
        if (changed.all()) {
            articles.clear();
        } else {
            changed.unitIds().forEach(articles::invalidate);
        }
    }
}
