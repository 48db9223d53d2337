package vn.cong.editorial;

import java.util.Optional;
import java.util.function.Function;

/**
 * What citizens get at an item's address — the editorial rule, decided here for every channel that shows items:
 * a published item is shown; an unpublished one as its unpublishing reason says — still shown with a withdrawal
 * notice, moved (301) to the published item that consolidated it, or gone (410). A redirect whose target is not
 * published (any more) is gone too: a citizen never follows a link to nothing. A reason removed from the catalog
 * counts as gone.
 */
public sealed interface PublicAppearance {

    record Shown(Item item, boolean withdrawn) implements PublicAppearance {
    }

    record Moved(String slug) implements PublicAppearance {
    }

    record Gone() implements PublicAppearance {
    }

    /**
     * {@code behaviourOf}: the behaviour of an unpublishing reason code; {@code find}: an item of the same unit by id.
     */
    static PublicAppearance of(Item item, Function<String, Optional<UnpublishingBehaviour>> behaviourOf,
                               Function<Long, Optional<Item>> find) {
        if (item.getState() == ItemState.PUBLISHED) {
            return new Shown(item, false);
        }
        UnpublishingBehaviour behaviour = Optional.ofNullable(item.getUnpublishing().getReason()).flatMap(behaviourOf)
                .orElse(UnpublishingBehaviour.GONE);
        return switch (behaviour) {
            case WITHDRAWN -> new Shown(item, true);
            case REDIRECT -> Optional.ofNullable(item.getUnpublishing().getConsolidatedInto()).flatMap(find)
                    .filter(target -> target.getState() == ItemState.PUBLISHED)
                    .<PublicAppearance>map(target -> new Moved(target.getSlug())).orElse(new Gone());
            case GONE -> new Gone();
        };
    }
}
