package vn.cong.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The outbox's rows: added by {@link Notifications}, claimed and sent by {@link MailDelivery}, and shown to a unit's
 * administrator — always filtered by the unit, since the table is platform data.
 */
@ApplicationScoped
@Transactional
public class MailOutbox {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    private EntityManager em() {
        return entityManagers.platform();
    }

    void add(OutboxMail mail) {
        em().persist(mail);
    }

    /** Ids of the e-mails whose attempt is due, oldest first, at most {@code max}. */
    public List<Long> due(int max) {
        return em().createQuery("select m.id from OutboxMail m where m.status = :s and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("s", MailStatus.PENDING).setParameter("now", clock.instant())
                .setMaxResults(max).getResultList();
    }

    /** The row, locked for this transaction ({@code SELECT … FOR UPDATE}). */
    Optional<OutboxMail> claim(long id) {
        return Optional.ofNullable(em().find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A unit's e-mails, newest first: what failed or waits first, then what was sent. */
    public List<OutboxMail> ofUnit(Actor actor, int max) {
        requireMaySee(actor);
        // FAILED, PENDING, SENT: the status names sort in the order the administrator needs them
        return em().createQuery("select m from OutboxMail m where m.unitId = :u"
                        + " order by m.status, m.createdAt desc, m.id desc", OutboxMail.class)
                .setParameter("u", actor.unitId()).setMaxResults(max).getResultList();
    }

    public long failedIn(long unitId) {
        return em().createQuery("select count(m) from OutboxMail m where m.unitId = :u and m.status = :s", Long.class)
                .setParameter("u", unitId).setParameter("s", MailStatus.FAILED).getSingleResult();
    }

    /** Sends a failed e-mail of the actor's unit again (404 for another unit's). */
    public OutboxMail retry(Actor actor, long id) {
        requireMaySee(actor);
        OutboxMail mail = Optional.ofNullable(em().find(OutboxMail.class, id))
                .filter(m -> m.getUnitId() == actor.unitId())
                .orElseThrow(() -> new DomainException(404, "mail.not-found", id));
        if (mail.getStatus() != MailStatus.SENT) {
            mail.retry(clock.instant());
        }
        return mail;
    }

    private static void requireMaySee(Actor actor) {
        if (!OutboxPolicy.maySee(actor)) {
            throw new DomainException(403, "mail.forbidden");
        }
    }
}
