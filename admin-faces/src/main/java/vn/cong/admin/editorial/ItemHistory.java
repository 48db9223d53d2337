package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemRevision;
import vn.cong.platform.DomainException;
import vn.cong.revision.RevisionComparison;
import vn.cong.revision.RevisionDiff;

/**
 * Lịch sử phiên bản: an item's revisions (who saved what, when, with which note; which one citizens read, which one
 * is being worked on), and any two of them compared word by word ({@code ?id=&from=&to=}; by default the last two).
 * A read-only page: choosing the revisions is a plain GET.
 */
@Named
@RequestScoped
public class ItemHistory {

    @Inject
    BackOffice backOffice;

    @Inject
    ItemAuthoring authoring;

    @Inject
    RevisionComparison comparison;

    private Long id;
    private Integer from;
    private Integer to;
    private Item item;
    private List<ItemRevision> revisions;
    private RevisionDiff diff;

    /** View action: 404/403 when the item is not this person's to see; 404 for a revision it does not have. */
    public void load() {
        try {
            if (id == null) {
                BackOffice.fail(404);
                return;
            }
            item = authoring.require(id, backOffice.actor());
            revisions = comparison.revisions(backOffice.actor(), id);
            if (revisions.size() >= 2) {
                int last = revisions.get(revisions.size() - 1).getNumber();
                int before = revisions.get(revisions.size() - 2).getNumber();
                from = from == null ? before : from;
                to = to == null ? last : to;
                diff = comparison.compare(backOffice.actor(), id, from, to, backOffice.getLanguage());
            }
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public Item getItem() {
        return item;
    }

    public List<ItemRevision> getRevisions() {
        return revisions;
    }

    public RevisionDiff getDiff() {
        return diff;
    }

    /** The revision a working amendment stands on top of is the one citizens read. */
    public boolean isWorking(ItemRevision revision) {
        return item.getAmendment().getRevisionId() != null && item.getAmendment().getRevisionId().equals(revision.getId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
