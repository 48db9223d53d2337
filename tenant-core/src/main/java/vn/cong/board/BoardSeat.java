package vn.cong.board;

import java.util.List;
import vn.cong.identity.Account;
import vn.cong.identity.RoleGrant;

/** One person on a unit's board page: their account and the grants they hold in the unit (none when only homed there). */
public record BoardSeat(Account account, List<RoleGrant> grants) {

    public Account getAccount() {
        return account;
    }

    public List<RoleGrant> getGrants() {
        return grants;
    }
}
