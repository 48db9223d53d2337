package vn.cong.admin.royalty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.board.BoardDirectory;
import vn.cong.board.BoardSeat;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.platform.DomainException;
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.Contributor;
import vn.cong.royalty.Credit;
import vn.cong.royalty.ItemContributions;
import vn.cong.royalty.ItemCredits;
import vn.cong.royalty.PersonNames;
import vn.cong.royalty.RoyaltyPolicy;
import vn.cong.royalty.RoyaltyRates;
import vn.cong.royalty.RoyaltySchedule;

/**
 * Người hưởng nhuận bút of one item ({@code ?id=}): who wrote, photographed, translated or edited it — the workflow's
 * defaults until the secretariat settles the list, and what each earns at today's rates. The secretariat changes
 * it until the item is published; the head and deputies read it.
 */
@Named
@ViewScoped
public class ItemContributorsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OUTSIDE = "N";

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient ItemContributions contributions;

    @Inject
    transient BoardDirectory board;

    @Inject
    transient PersonNames names;

    @Inject
    transient RoyaltyRates rates;

    @Inject
    transient CategoryRepository categories;

    private Long id;
    private final List<Row> rows = new ArrayList<>();
    private boolean settled;
    private boolean open;
    private String title;
    private String stateName;
    private ContentType contentType;
    private transient RoyaltySchedule schedule;
    private ContributionKind newKind = ContributionKind.PHOTOS;
    private String newPerson = OUTSIDE;
    private String newName;

    /** One editable line: a kind of work and a person ("A:<id>" for an account, "N" with a name for an outsider). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private ContributionKind kind;
        private String person;
        private String name;

        Row(ContributionKind kind, String person, String name) {
            this.kind = kind;
            this.person = person;
            this.name = name;
        }

        public ContributionKind getKind() {
            return kind;
        }

        public String getPerson() {
            return person;
        }

        public String getName() {
            return name;
        }

        Credit credit() {
            return new Credit(kind, OUTSIDE.equals(person) ? Contributor.outside(name) : account(person));
        }
    }

    /** "A:<id>" as an account; anything else typed into the form is refused (422), never a stack trace. */
    static Contributor account(String person) {
        try {
            return Contributor.account(Long.parseLong(person.substring(2)));
        } catch (RuntimeException e) {
            throw new DomainException(422, "royalty.contributor.incomplete");
        }
    }

    public void load() {
        if (id == null) {
            BackOffice.fail(404);
            return;
        }
        try {
            ItemCredits credits = contributions.of(backOffice.actor(), id);
            Item item = credits.item();
            title = item.getTitle();
            stateName = item.getState().name();
            contentType = categories.find(item.getCategoryId()).map(Category::getContentType).orElse(null);
            settled = credits.settled();
            open = credits.open();
            rows.clear();
            for (Credit credit : credits.credits()) {
                Contributor c = credit.contributor();
                rows.add(new Row(credit.kind(), c.isAccount() ? "A:" + c.accountId() : OUTSIDE,
                        c.isAccount() ? names.of(c) : c.collaboratorName()));
            }
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public boolean isMayEdit() {
        return open && RoyaltyPolicy.canSettleContributions(backOffice.actor());
    }

    /** Accounts of the unit, for the person list. */
    public List<BoardSeat> getAccounts() {
        return board.seats(backOffice.getUnit().getId());
    }

    /** What this kind of work on this item earns at today's rates (split among those who share it). */
    public BigDecimal estimate(ContributionKind kind) {
        if (contentType == null) {
            return null;
        }
        if (schedule == null) {
            schedule = rates.schedule(backOffice.actor());
        }
        return schedule.amountOn(contentType, kind, rates.today()).orElse(null);
    }

    public String add() {
        try {
            String name = OUTSIDE.equals(newPerson) ? Contributor.outside(newName).collaboratorName()
                    : names.of(account(newPerson));
            rows.add(new Row(newKind, newPerson, name));
            newName = null;
        } catch (DomainException e) {
            backOffice.show(e);
        }
        return null;
    }

    public String remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return null;
    }

    public String save() {
        try {
            List<Credit> credits = new ArrayList<>();
            for (Row row : rows) {
                credits.add(row.credit());
            }
            contributions.settle(backOffice.actor(), id, credits, backOffice.address());
            return "/admin/item-contributors.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public ContributionKind[] getKinds() {
        return ContributionKind.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isSettled() {
        return settled;
    }

    public boolean isOpen() {
        return open;
    }

    public String getTitle() {
        return title;
    }

    public String getStateName() {
        return stateName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContributionKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ContributionKind newKind) {
        this.newKind = newKind;
    }

    public String getNewPerson() {
        return newPerson;
    }

    public void setNewPerson(String newPerson) {
        this.newPerson = newPerson;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
