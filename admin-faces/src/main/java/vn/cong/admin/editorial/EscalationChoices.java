package vn.cong.admin.editorial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.editorial.Item;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;

/** Who an item may be escalated to, labelled for the escalation form: "Name (username) — role: fields". */
@RequestScoped
@Transactional
public class EscalationChoices {

    private static final Set<Role> DECIDERS = EnumSet.of(Role.HEAD, Role.DEPUTY_HEAD, Role.MEMBER);

    @Inject
    BoardDirectory board;

    public record Choice(String username, String label) {

        public String getUsername() {
            return username;
        }

        public String getLabel() {
            return label;
        }
    }

    public List<Choice> candidates(long unitId, Item item, String language) {
        Map<String, String> fieldNames = board.fields().stream()
                .collect(Collectors.toMap(SubjectField::getCode, f -> f.name(language)));
        Map<Long, List<RoleGrant>> byAccount = new LinkedHashMap<>();
        for (RoleGrant grant : board.holders(unitId, DECIDERS)) {
            byAccount.computeIfAbsent(grant.getAccountId(), a -> new ArrayList<>()).add(grant);
        }
        List<Choice> choices = new ArrayList<>();
        byAccount.forEach((accountId, grants) -> {
            Set<Role> roles = grants.stream().map(RoleGrant::getRole).collect(Collectors.toSet());
            if (WorkflowPolicy.mayReceiveEscalation(roles, accountId, item)) {
                board.account(accountId).ifPresent(account -> choices.add(new Choice(account.getUsername(),
                        account.getFullName() + " (" + account.getUsername() + ") — " + describe(grants, fieldNames,
                                language))));
            }
        });
        return choices;
    }

    private static String describe(List<RoleGrant> grants, Map<String, String> fieldNames, String language) {
        return grants.stream().map(g -> g.getRole().displayName(language) + (g.getFields().isEmpty() ? ""
                        : ": " + g.getFields().stream().map(c -> fieldNames.getOrDefault(c, c)).sorted()
                        .collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "));
    }
}
