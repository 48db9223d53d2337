package vn.cong.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitDirectory;
import vn.cong.tenancy.UnitRepository;

/**
 * Thông báo: tells people of a unit that something waits for them or happened to their work — in that unit's back
 * office, and by e-mail when e-mail is on ({@link MailSettings}).
 *
 * <p><b>How a feature notifies.</b> Observe your own domain event inside its transaction and call {@link #send}
 * (see {@code vn.cong.inbox.EditorialNotifier}):
 * <pre>
 *   void onObligationDue(&#64;Observes ObligationDue event) {
 *       notifications.send(event.unitId(), Notice.of("compliance.obligation-due", "vn.cong.compliance.notices",
 *               "obligation.due", event.title(), date).linkingTo("/admin/compliance.xhtml?id=" + event.id()),
 *               recipients);
 *   }
 * </pre>
 * The notifications are written in the caller's transaction (they exist exactly when the event's change commits);
 * their e-mails go to the outbox in the same transaction and are sent after the commit, asynchronously, with
 * retries ({@link MailDelivery}). Put the messages in your feature's bundle (Vietnamese in the base file, English in
 * {@code _en}); the kind is a dotted code of your feature. Nobody is notified of their own action: leave the actor
 * out of the recipients.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    TenantContext tenant;

    @Inject
    UnitRepository units;

    @Inject
    UnitDirectory directory;

    @Inject
    AccountRepository accounts;

    @Inject
    MailSettings mail;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /**
     * Notifies each of {@code recipients} (account ids; duplicates and deactivated accounts are skipped) in unit
     * {@code unitId}. Returns how many were notified.
     */
    public int send(long unitId, Notice notice, Collection<Long> recipients) {
        List<Long> unique = new ArrayList<>(new LinkedHashSet<>(recipients));
        unique.removeIf(id -> id == null);
        if (unique.isEmpty()) {
            return 0;
        }
        boolean inUnit = tenant.current().map(h -> h.unitId() == unitId).orElse(false);
        if (inUnit) {
            return write(unitId, notice, unique);
        }
        Unit unit = units.find(unitId).orElseThrow(() -> new IllegalArgumentException("No unit " + unitId));
        return entityManagers.runAs(unit, () -> write(unitId, notice, unique));
    }

    private int write(long unitId, Notice notice, List<Long> recipients) {
        Instant now = clock.instant();
        EntityManager em = entityManagers.forCurrentTenant();
        List<Long> queuedIds = new ArrayList<>();
        int notified = 0;
        for (long accountId : recipients) {
            Optional<Account> account = accounts.find(accountId).filter(Account::isActive);
            if (account.isEmpty()) {
                continue;
            }
            Notification notification = new Notification(accountId, notice, now);
            em.persist(notification);
            notified++;
            String address = account.get().getEmail();
            if (mail.enabled() && address != null && !address.isBlank()) {
                OutboxMail queuedMail = new OutboxMail(unitId, accountId, notification.getId(),
                        compose(unitId, address, notice), now);
                outbox.add(queuedMail);
                queuedIds.add(queuedMail.getId());
            }
        }
        if (!queuedIds.isEmpty()) {
            queued.fire(new MailQueued(queuedIds));
        }
        return notified;
    }

    private Mail compose(long unitId, String address, Notice notice) {
        return compose(unitId, address, notice, publicHost(unitId));
    }

    private String publicHost(long unitId) {
        return directory.byUnitId(unitId).map(directory::publicHost).orElse(directory.baseDomain());
    }

    private Mail compose(long unitId, String address, Notice notice, String host) {
        return compose(MailComposer.Reader.MEMBER, unitId, address, notice, host);
    }

    private Mail compose(MailComposer.Reader reader, long unitId, String address, Notice notice, String host) {
        Unit unit = units.find(unitId).orElseThrow();
        return MailComposer.compose(reader, address, unit.displayName("vi"), unit.displayName("en"),
                notice.message("vi"), notice.message("en"), mail.link(host, notice.link()));
    }

    /**
     * An e-mail that is not a notification in the back office — an invitation to a person who cannot sign in yet —
     * to the account's address, linking to {@code notice.link()} on {@code host} (a unit opened in this very
     * transaction is not in the host directory yet). Queued in the outbox even while e-mail is off, so it goes out
     * once an operator turns e-mail on; returns whether e-mail is on now.
     */
    public boolean mailOnly(long unitId, Account account, Notice notice, String host) {
        if (account.getEmail() == null || account.getEmail().isBlank()) {
            throw new IllegalArgumentException("No address to mail: " + account.getUsername());
        }
        OutboxMail queuedMail = new OutboxMail(unitId, account.getId(), null,
                compose(unitId, account.getEmail(), notice, host), clock.instant());
        outbox.add(queuedMail);
        if (mail.enabled()) {
            queued.fire(new MailQueued(List.of(queuedMail.getId())));
        }
        return mail.enabled();
    }

    /**
     * An e-mail to a citizen, who has no account: the receipt of a question with the link to its status page on
     * the unit's portal. Queued in the caller's transaction like the others (so it exists exactly when the question
     * does), and kept while e-mail is off, to go out once an operator turns it on.
     */
    public void mailCitizen(long unitId, String address, Notice notice) {
        OutboxMail queuedMail = new OutboxMail(unitId, null, null,
                compose(MailComposer.Reader.CITIZEN, unitId, address, notice, publicHost(unitId)), clock.instant());
        outbox.add(queuedMail);
        if (mail.enabled()) {
            queued.fire(new MailQueued(List.of(queuedMail.getId())));
        }
    }

    /** How many of the person's notifications in the current unit are unread. */
    public long unread(long accountId) {
        return entityManagers.forCurrentTenant().createQuery("select count(n) from Notification n"
                        + " where n.accountId = :a and n.readAt is null", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** The person's notifications in the current unit, newest first. */
    public List<Notification> latest(long accountId, int max) {
        return entityManagers.forCurrentTenant().createQuery("select n from Notification n where n.accountId = :a"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("a", accountId).setMaxResults(max).getResultList();
    }

    /** Marks one of the actor's own notifications read; 404 for anyone else's (or another unit's). */
    public Notification markRead(Actor actor, long notificationId) {
        Notification notification = Optional.ofNullable(
                        entityManagers.forCurrentTenant().find(Notification.class, notificationId))
                .filter(n -> n.getAccountId() == actor.accountId())
                .orElseThrow(() -> new DomainException(404, "notification.not-found", notificationId));
        notification.markRead(clock.instant());
        return notification;
    }

    /** Marks all of the actor's notifications in the current unit read; returns how many were unread. */
    public int markAllRead(Actor actor) {
        Instant now = clock.instant();
        List<Notification> unread = entityManagers.forCurrentTenant().createQuery("select n from Notification n"
                        + " where n.accountId = :a and n.readAt is null", Notification.class)
                .setParameter("a", actor.accountId()).getResultList();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
