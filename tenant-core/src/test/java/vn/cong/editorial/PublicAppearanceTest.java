package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a citizen gets at an item's address, for every state and unpublishing behaviour. */
class PublicAppearanceTest {

    private static final Item TARGET = Items.in(ItemState.PUBLISHED, Items.NOW, 900L);
    private static final Item RETIRED_TARGET = Items.in(ItemState.UNPUBLISHED, Items.NOW, 901L);
    private static final Map<Long, Item> UNIT = Map.of(900L, TARGET, 901L, RETIRED_TARGET);

    private static PublicAppearance appearance(Item item, UnpublishingBehaviour behaviour) {
        return PublicAppearance.of(item, code -> Optional.ofNullable(behaviour),
                id -> Optional.ofNullable(UNIT.get(id)));
    }

    private static Item unpublished(Long consolidatedInto) {
        Item item = Items.in(ItemState.UNPUBLISHED);
        Items.setField(Item.class, item, "unpublishing",
                Unpublishing.of("CONSOLIDATED", null, consolidatedInto, Items.NOW));
        return item;
    }

    @Test
    void aPublishedItemIsShownWhateverTheCatalogSays() {
        Item item = Items.in(ItemState.PUBLISHED);
        assertEquals(new PublicAppearance.Shown(item, false), appearance(item, UnpublishingBehaviour.GONE));
    }

    @Test
    void aWithdrawnItemStaysReadableWithItsNotice() {
        Item item = unpublished(null);
        assertEquals(new PublicAppearance.Shown(item, true), appearance(item, UnpublishingBehaviour.WITHDRAWN));
    }

    @Test
    void aConsolidatedItemMovesToThePublishedItemThatTookItsPlace() {
        assertEquals(new PublicAppearance.Moved(TARGET.getSlug()),
                appearance(unpublished(900L), UnpublishingBehaviour.REDIRECT));
    }

    @Test
    void aRedirectToNothingPublishedIsGone() {
        assertEquals(new PublicAppearance.Gone(), appearance(unpublished(901L), UnpublishingBehaviour.REDIRECT));
        assertEquals(new PublicAppearance.Gone(), appearance(unpublished(999L), UnpublishingBehaviour.REDIRECT));
        assertEquals(new PublicAppearance.Gone(), appearance(unpublished(null), UnpublishingBehaviour.REDIRECT));
    }

    @Test
    void goneOrAReasonNoLongerInTheCatalogIsGone() {
        assertEquals(new PublicAppearance.Gone(), appearance(unpublished(null), UnpublishingBehaviour.GONE));
        assertEquals(new PublicAppearance.Gone(), appearance(unpublished(900L), null));
    }
}
