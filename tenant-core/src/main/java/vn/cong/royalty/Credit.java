package vn.cong.royalty;

import vn.cong.platform.DomainException;

/** One person credited with one kind of work on an item. */
public record Credit(ContributionKind kind, Contributor contributor) {

    public Credit {
        if (kind == null || contributor == null) {
            throw new DomainException(422, "royalty.contributor.incomplete");
        }
    }
}
