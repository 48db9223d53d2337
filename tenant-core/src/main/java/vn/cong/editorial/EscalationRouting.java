package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cong.board.BoardDirectory;
import vn.cong.identity.Account;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;
import vn.cong.platform.DomainException;

/**
 * Who an escalated item goes to (MIC Art. 13.3, 13.5a): the board member who covers its subject field, or — when
 * it is sensitive or unclear — the head (or a deputy head). Given a username it checks that account may receive
 * it; given only a field it finds the one member covering it; given only "sensitive" it finds the one head.
 * Never the item's author or submitter. Refusals are 422 with the reason.
 */
@ApplicationScoped
@Transactional
public class EscalationRouting {

    @Inject
    BoardDirectory board;

    /** The escalation target, resolved: the account and the field the item now belongs to. */
    public record Target(Account account, String field) {
    }

    public Target resolve(long unitId, Transition transition, Item item) {
        String field = transition.field() == null || transition.field().isBlank() ? null : transition.field().strip();
        if (field != null && board.field(field).isEmpty()) {
            throw new DomainException(422, "item.field.unknown", field);
        }
        Account account;
        if (transition.target() != null && !transition.target().isBlank()) {
            account = board.account(transition.target()).filter(Account::isActive)
                    .orElseThrow(() -> new DomainException(422, "workflow.escalate.unknown-target", transition.target()));
            requireMayReceive(unitId, account, field, transition.sensitive(), item);
        } else if (field != null && !transition.sensitive()) {
            account = single(candidates(unitId, EnumSet.of(Role.MEMBER), field, item), "workflow.escalate.no-member",
                    field);
        } else {
            account = single(candidates(unitId, EnumSet.of(Role.HEAD), null, item), "workflow.escalate.no-head", "");
        }
        return new Target(account, field);
    }

    private void requireMayReceive(long unitId, Account account, String field, boolean sensitive, Item item) {
        List<RoleGrant> grants = board.grantsIn(unitId).stream()
                .filter(g -> g.getAccountId().equals(account.getId())).toList();
        Set<Role> roles = grants.stream().map(RoleGrant::getRole).collect(Collectors.toSet());
        if (!WorkflowPolicy.mayReceiveEscalation(roles, account.getId(), item)) {
            throw new DomainException(422, "workflow.escalate.not-eligible", account.getUsername());
        }
        boolean leads = roles.contains(Role.HEAD) || roles.contains(Role.DEPUTY_HEAD);
        if (sensitive && !leads) {
            throw new DomainException(422, "workflow.escalate.sensitive-to-head", account.getUsername());
        }
        if (!leads && field != null && grants.stream().noneMatch(g -> g.getRole() == Role.MEMBER && g.covers(field))) {
            throw new DomainException(422, "workflow.escalate.not-covering", account.getUsername(), field);
        }
    }

    private List<Account> candidates(long unitId, Set<Role> roles, String field, Item item) {
        return board.holders(unitId, roles).stream()
                .filter(g -> field == null || g.covers(field))
                .map(RoleGrant::getAccountId).distinct()
                .filter(id -> WorkflowPolicy.mayReceiveEscalation(roles, id, item))
                .map(id -> board.account(id).orElseThrow())
                .toList();
    }

    private static Account single(List<Account> accounts, String noneKey, String argument) {
        if (accounts.isEmpty()) {
            throw new DomainException(422, noneKey, argument);
        }
        if (accounts.size() > 1) {
            throw new DomainException(422, "workflow.escalate.choose",
                    accounts.stream().map(Account::getUsername).collect(Collectors.joining(", ")));
        }
        return accounts.get(0);
    }
}
