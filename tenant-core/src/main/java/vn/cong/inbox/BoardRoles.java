package vn.cong.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.cong.board.BoardDirectory;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;

/** Reads who sits on a unit's board (active accounts only) as the notices need it. */
@ApplicationScoped
@Transactional
public class BoardRoles {

    @Inject
    BoardDirectory directory;

    public EditorialNotices.Board of(long unitId) {
        Set<Long> secretariat = new HashSet<>();
        Set<Long> heads = new HashSet<>();
        Set<Long> deputies = new HashSet<>();
        Set<Long> members = new HashSet<>();
        for (RoleGrant grant : directory.holders(unitId, EnumSet.of(Role.SECRETARIAT, Role.HEAD, Role.DEPUTY_HEAD,
                Role.MEMBER))) {
            switch (grant.getRole()) {
                case SECRETARIAT -> secretariat.add(grant.getAccountId());
                case HEAD -> heads.add(grant.getAccountId());
                case DEPUTY_HEAD -> deputies.add(grant.getAccountId());
                default -> members.add(grant.getAccountId());
            }
        }
        return new EditorialNotices.Board(secretariat, heads, deputies, members);
    }
}
