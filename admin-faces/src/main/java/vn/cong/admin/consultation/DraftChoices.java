package vn.cong.admin.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import vn.cong.catalog.CategoryRepository;
import vn.cong.consultation.Consultations;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;

/**
 * The draft items of this unit a consultation may be opened for ({@link Consultations#candidates}) and a draft's
 * title, address and state for the consultation's page.
 * Whether an item may have one stays {@link Consultations#open}'s to decide; this only offers the choice.
 */
@RequestScoped
@Transactional
public class DraftChoices {

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    Consultations consultations;

    /** A draft offered for a new consultation. */
    public record Choice(long itemId, String title, ItemState state) implements Serializable {
    }

    /** The draft of a consultation, as its page names it. */
    public record Draft(String title, String slug, ItemState state) implements Serializable {
    }

    public List<Choice> unopened(vn.cong.identity.Actor actor) {
        return consultations.candidates(actor).drafts().stream()
                .map(d -> new Choice(d.itemId(), d.title(), d.state())).toList();
    }

    public Optional<Draft> draft(long itemId) {
        return items.find(itemId).map(item -> new Draft(item.getTitle(), item.getSlug(), item.getState()));
    }
}
