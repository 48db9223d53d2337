package vn.cong.identity;

import java.util.Set;

/**
 * Who is acting, and what they hold in the unit they act on. Built by {@link Authority}; the only
 * input of the permission rules, so the rules never look at sessions or tokens.
 */
public record Actor(long accountId, String username, String fullName, long unitId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public boolean holdsAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Holds some role in this unit, i.e. may enter its back office. */
    public boolean isMember() {
        return !roles.isEmpty();
    }
}
