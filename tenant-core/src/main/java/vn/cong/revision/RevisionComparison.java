package vn.cong.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.cong.board.BoardDirectory;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemRevision;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemText;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;

/**
 * The history of an item's text for the back office and the API: its revisions, and any two of them compared word by
 * word — the body on its text with its tags kept readable, the category and subject field by name. Whoever may see
 * the item may see its history (404 for another unit's item, 403 for a non-member).
 */
@ApplicationScoped
@Transactional
public class RevisionComparison {

    @Inject
    ItemAuthoring authoring;

    @Inject
    ItemRevisions revisions;

    @Inject
    CategoryRepository categories;

    @Inject
    BoardDirectory board;

    /** The item's revisions, oldest first. */
    public List<ItemRevision> revisions(Actor actor, long itemId) {
        Item item = authoring.require(itemId, actor);
        return revisions.of(item.getId());
    }

    /** Revision {@code from} compared with revision {@code to} (either order); 404 for a number the item lacks. */
    public RevisionDiff compare(Actor actor, long itemId, int from, int to, String language) {
        Item item = authoring.require(itemId, actor);
        ItemText before = revision(item, from).text();
        ItemText after = revision(item, to).text();
        List<FieldChange> fields = new ArrayList<>();
        for (String field : ItemText.FIELDS) {
            String a = shown(field, before, language);
            String b = shown(field, after, language);
            fields.add(new FieldChange(field, a, b,
                    "body".equals(field) ? WordDiff.ofRichText(a, b) : WordDiff.ofPlainText(a, b)));
        }
        return new RevisionDiff(item.getId(), from, to, fields);
    }

    private ItemRevision revision(Item item, int number) {
        return revisions.find(item.getId(), number)
                .orElseThrow(() -> new DomainException(404, "revision.not-found", number));
    }

    /** A field as a reader names it: the category and the subject field by name, "quoted" as yes or no. */
    private String shown(String field, ItemText text, String language) {
        return switch (field) {
            case "category" -> text.categoryId() == null ? null : categories.find(text.categoryId())
                    .map(c -> c.name(language)).orElse(String.valueOf(text.categoryId()));
            case "field" -> text.fieldCode() == null ? null : board.field(text.fieldCode())
                    .map(f -> f.name(language)).orElse(text.fieldCode());
            case "quoted" -> Messages.format(language, text.attribution().quoted() ? "revision.yes" : "revision.no");
            default -> text.value(field);
        };
    }
}
