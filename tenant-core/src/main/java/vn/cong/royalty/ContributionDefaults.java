package vn.cong.royalty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cong.editorial.Item;

/**
 * Who the workflow says contributed, until the secretariat says otherwise: the author wrote it (WRITING); the
 * secretariat member who took it into edit, and anyone else who revised it, edited it (EDITING). Photos and
 * translation are never guessed: the secretariat adds them.
 */
public final class ContributionDefaults {

    private ContributionDefaults() {
    }

    /** {@code revisers}: accounts that created or revised the item (as {@code ItemPublished.contributors}). */
    public static List<Credit> of(Item item, Collection<Long> revisers) {
        List<Credit> credits = new ArrayList<>();
        long author = item.getCreatedBy();
        credits.add(new Credit(ContributionKind.WRITING, Contributor.account(author)));
        Set<Long> editors = new LinkedHashSet<>();
        if (item.getTakenBy() != null) {
            editors.add(item.getTakenBy());
        }
        editors.addAll(revisers);
        editors.remove(author);
        editors.forEach(id -> credits.add(new Credit(ContributionKind.EDITING, Contributor.account(id))));
        return credits;
    }
}
