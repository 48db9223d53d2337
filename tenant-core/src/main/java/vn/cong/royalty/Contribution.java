package vn.cong.royalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.cong.platform.TenantOwned;

/** One person's contribution of one kind to one item (đóng góp): the basis of their royalty line when it is published. */
@Entity
@Table(name = "royalty_contribution")
public class Contribution extends TenantOwned {

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution_kind", nullable = false)
    private ContributionKind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "collaborator_name")
    private String collaboratorName;

    @Column(name = "person_key", nullable = false)
    private String personKey;

    protected Contribution() {
    }

    public Contribution(long itemId, ContributionKind kind, Contributor contributor) {
        this.itemId = itemId;
        this.kind = kind;
        this.accountId = contributor.accountId();
        this.collaboratorName = contributor.collaboratorName();
        this.personKey = contributor.key();
    }

    public Contributor contributor() {
        return new Contributor(accountId, collaboratorName);
    }

    public Long getItemId() {
        return itemId;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCollaboratorName() {
        return collaboratorName;
    }

    public String getPersonKey() {
        return personKey;
    }
}
