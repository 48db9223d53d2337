package vn.cong.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.board.BoardPolicy;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * The reasons a unit's board gives: rejection reasons — the platform's list (MIC Art. 14.4, BNV Art. 3.9) under the
 * unit's own overrides ({@link UnitRejectionReason}: rename, disable, add) — and unpublishing reasons, each with
 * its behaviour for citizens.
 */
@ApplicationScoped
@Transactional
public class ReasonCatalog {

    public static final String SUBJECT = "REJECTION_REASON";

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    AuditLog audit;

    /** The reasons the current unit offers, in order. */
    public List<RejectionChoice> rejectionReasons() {
        return allRejectionReasons().stream().filter(RejectionChoice::enabled).toList();
    }

    /** Every reason of the current unit, the disabled ones included (for its configuration page). */
    public List<RejectionChoice> allRejectionReasons() {
        Map<String, UnitRejectionReason> overrides = entityManagers.forCurrentTenant()
                .createQuery("select r from UnitRejectionReason r", UnitRejectionReason.class).getResultStream()
                .collect(Collectors.toMap(UnitRejectionReason::getCode, Function.identity()));
        List<RejectionChoice> choices = new ArrayList<>();
        for (RejectionReason platform : entityManagers.platform()
                .createQuery("select r from RejectionReason r order by r.sortOrder", RejectionReason.class)
                .getResultList()) {
            UnitRejectionReason own = overrides.remove(platform.getCode());
            choices.add(own == null
                    ? new RejectionChoice(platform.getCode(), platform.getNameVi(), platform.getNameEn(),
                            platform.getLegalBasis(), true, false, platform.getSortOrder())
                    : choice(own));
        }
        overrides.values().forEach(own -> choices.add(choice(own)));
        choices.sort(Comparator.comparingInt(RejectionChoice::sortOrder).thenComparing(RejectionChoice::code));
        return choices;
    }

    public Optional<RejectionChoice> rejectionReason(String code) {
        return rejectionReasons().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Turns a reason on or off for the current unit (a platform reason gets a disabling override row). */
    public void enableRejectionReason(Actor actor, String code, boolean enabled, String address) {
        requireManager(actor);
        RejectionChoice current = allRejectionReasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException(404, "reason.unknown", code));
        UnitRejectionReason own = override(code).orElseGet(() -> {
            UnitRejectionReason copy = new UnitRejectionReason(current.code(), current.nameVi(), current.nameEn(),
                    current.legalBasis(), true, current.sortOrder());
            entityManagers.forCurrentTenant().persist(copy);
            return copy;
        });
        own.enable(enabled);
        entityManagers.forCurrentTenant().flush();
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address,
                enabled ? "REASON_ENABLE" : "REASON_DISABLE", SUBJECT, own.getId(), null, null, code));
    }

    /** Adds a reason of the unit's own regulation. 409 when its code is taken. */
    public RejectionChoice addRejectionReason(Actor actor, String nameVi, String nameEn, String legalBasis,
                                              String address) {
        requireManager(actor);
        if (nameVi == null || nameVi.isBlank() || legalBasis == null || legalBasis.isBlank()) {
            throw new DomainException(422, "reason.fields-required");
        }
        String code = VietnameseText.slug(nameVi, 32).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (allRejectionReasons().stream().anyMatch(r -> r.code().equals(code))) {
            throw new DomainException(409, "reason.taken", code);
        }
        int order = allRejectionReasons().stream().mapToInt(RejectionChoice::sortOrder).max().orElse(0) + 1;
        UnitRejectionReason own = new UnitRejectionReason(code, nameVi,
                nameEn == null || nameEn.isBlank() ? nameVi : nameEn, legalBasis, true, order);
        entityManagers.forCurrentTenant().persist(own);
        entityManagers.flushUnique(() -> new DomainException(409, "reason.taken", code));
        audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "REASON_ADD", SUBJECT, own.getId(),
                null, null, code + ": " + own.getNameVi()));
        return choice(own);
    }

    public List<UnpublishingReason> unpublishingReasons() {
        return entityManagers.platform()
                .createQuery("select r from UnpublishingReason r order by r.sortOrder", UnpublishingReason.class)
                .getResultList();
    }

    public Optional<UnpublishingReason> unpublishingReason(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(entityManagers.platform().find(UnpublishingReason.class, code.strip()));
    }

    private Optional<UnitRejectionReason> override(String code) {
        return entityManagers.forCurrentTenant()
                .createQuery("select r from UnitRejectionReason r where r.code = :c", UnitRejectionReason.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    private static RejectionChoice choice(UnitRejectionReason own) {
        return new RejectionChoice(own.getCode(), own.getNameVi(), own.getNameEn(), own.getLegalBasis(),
                own.isEnabled(), true, own.getSortOrder());
    }

    private static void requireManager(Actor actor) {
        if (!BoardPolicy.canManage(actor)) {
            throw new DomainException(403, "board.forbidden");
        }
    }
}
