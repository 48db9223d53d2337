package vn.cong.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.identity.Account;
import vn.cong.identity.Actor;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * Changes to a unit's board, made by its administrator: assign and remove roles (with the fields a member covers
 * and the contributing unit a focal officer speaks for), invite an existing account of another unit by username,
 * and keep the unit's list of subject fields. Every change is refused unless {@link BoardPolicy} allows it, and
 * audited in the unit's log.
 */
@ApplicationScoped
@Transactional
public class BoardService {

    public static final String GRANT_SUBJECT = "ROLE_GRANT";
    public static final String FIELD_SUBJECT = "SUBJECT_FIELD";

    @Inject
    BoardDirectory directory;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AuditLog audit;

    /**
     * Gives {@code username} the role in the actor's unit, or updates the fields / contributing unit of the role
     * they already hold. 404 unknown or deactivated account; 422 a platform role, a member without fields, an
     * unknown field, a focal officer without a contributing unit.
     */
    public RoleGrant assign(Actor actor, String username, Role role, Collection<String> fields,
                            String contributingUnit, String address) {
        requireManager(actor);
        if (role == null || !role.isAssignableInUnit()) {
            throw new DomainException(422, "board.role.not-assignable", role == null ? "" : role.name());
        }
        Account account = directory.account(username).filter(Account::isActive)
                .orElseThrow(() -> new DomainException(404, "board.account.unknown", username == null ? "" : username));
        Set<String> codes = role == Role.MEMBER ? requireFields(fields) : Set.of();
        if (role == Role.FOCAL_OFFICER && (contributingUnit == null || contributingUnit.isBlank())) {
            throw new DomainException(422, "board.focal.unit-required");
        }
        RoleGrant grant = directory.grant(account.getId(), actor.unitId(), role).orElse(null);
        boolean isNew = grant == null;
        if (isNew) {
            grant = new RoleGrant(account.getId(), actor.unitId(), role);
            entityManagers.platform().persist(grant);
        }
        grant.assignFields(codes);
        grant.assignContributingUnit(role == Role.FOCAL_OFFICER ? contributingUnit : null);
        entityManagers.platform().flush();
        record(actor, address, isNew ? "GRANT" : "REGRANT", GRANT_SUBJECT, grant.getId(), describe(account, grant));
        return grant;
    }

    /** Removes a role held in the actor's unit. 404 another unit's grant; 409 the unit's last administrator. */
    public void revoke(Actor actor, long grantId, String address) {
        requireManager(actor);
        RoleGrant grant = directory.grant(grantId).filter(g -> g.getUnitId() != null && g.getUnitId() == actor.unitId())
                .orElseThrow(() -> new DomainException(404, "board.grant.unknown", grantId));
        if (!grant.getRole().isAssignableInUnit()) {
            throw new DomainException(403, "board.role.not-assignable", grant.getRole().name());
        }
        if (grant.getRole() == Role.UNIT_ADMIN
                && directory.holders(actor.unitId(), EnumSet.of(Role.UNIT_ADMIN)).size() <= 1) {
            throw new DomainException(409, "board.last-admin");
        }
        String who = directory.account(grant.getAccountId()).map(a -> describe(a, grant)).orElse(String.valueOf(grantId));
        entityManagers.platform().remove(grant);
        record(actor, address, "REVOKE", GRANT_SUBJECT, grantId, who);
    }

    /** Adds a subject field; its code is the folded name ("Văn hóa - Xã hội" → "van-hoa-xa-hoi"). 409 when taken. */
    public SubjectField addField(Actor actor, String nameVi, String nameEn, String address) {
        requireManager(actor);
        if (nameVi == null || nameVi.isBlank() || nameVi.length() > 255) {
            throw new DomainException(422, "board.field.name-required");
        }
        String code = VietnameseText.slug(nameVi, 64);
        if (directory.field(code).isPresent()) {
            throw new DomainException(409, "board.field.taken", VietnameseText.nfc(nameVi));
        }
        SubjectField field = new SubjectField(code, nameVi, nameEn, directory.fields().size() + 1);
        entityManagers.forCurrentTenant().persist(field);
        entityManagers.flushUnique(() -> new DomainException(409, "board.field.taken", VietnameseText.nfc(nameVi)));
        record(actor, address, "FIELD_ADD", FIELD_SUBJECT, field.getId(), field.getNameVi() + " (" + code + ")");
        return field;
    }

    /** Removes a subject field and takes it off every member's grant in the unit; items keep their code. */
    public void removeField(Actor actor, String code, String address) {
        requireManager(actor);
        SubjectField field = directory.field(code)
                .orElseThrow(() -> new DomainException(404, "board.field.unknown", code == null ? "" : code));
        for (RoleGrant grant : directory.grantsIn(actor.unitId())) {
            if (grant.covers(field.getCode())) {
                Set<String> rest = new TreeSet<>(grant.getFields());
                rest.remove(field.getCode());
                grant.assignFields(rest);
            }
        }
        entityManagers.forCurrentTenant().remove(field);
        record(actor, address, "FIELD_REMOVE", FIELD_SUBJECT, field.getId(), field.getNameVi() + " (" + code + ")");
    }

    private Set<String> requireFields(Collection<String> fields) {
        Set<String> codes = new TreeSet<>();
        if (fields != null) {
            for (String code : fields) {
                if (code != null && !code.isBlank()) {
                    codes.add(directory.field(code).map(SubjectField::getCode)
                            .orElseThrow(() -> new DomainException(422, "board.field.unknown", code)));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new DomainException(422, "board.member.fields-required");
        }
        return codes;
    }

    /** The board of the actor's unit as its manager sees it (who holds which seat); 403 for anyone else. */
    public List<BoardSeat> seats(Actor actor) {
        requireManager(actor);
        return directory.seats(actor.unitId());
    }

    private static void requireManager(Actor actor) {
        if (!BoardPolicy.canManage(actor)) {
            throw new DomainException(403, "board.forbidden");
        }
    }

    private static String describe(Account account, RoleGrant grant) {
        StringBuilder text = new StringBuilder(account.getUsername()).append(": ").append(grant.getRole().name());
        if (!grant.getFields().isEmpty()) {
            text.append(' ').append(new TreeSet<>(grant.getFields()));
        }
        if (grant.getContributingUnit() != null) {
            text.append(" — ").append(grant.getContributingUnit());
        }
        return text.toString();
    }

    private void record(Actor actor, String address, String action, String subject, Long subjectId, String detail) {
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, action, subject, subjectId,
                null, null, detail));
    }
}
