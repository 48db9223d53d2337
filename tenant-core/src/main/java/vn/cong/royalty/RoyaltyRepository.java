package vn.cong.royalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.cong.catalog.ContentType;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's royalty rows. Every query here is tenant-filtered by EclipseLink. */
@ApplicationScoped
@Transactional
public class RoyaltyRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }

    public void add(Object row) {
        em().persist(row);
    }

    public RoyaltySchedule schedule() {
        return new RoyaltySchedule(
                em().createQuery("select r from RoyaltyRate r order by r.contentType, r.kind, r.effectiveFrom",
                        RoyaltyRate.class).getResultList(),
                em().createQuery("select b from RoyaltyBaseValue b order by b.effectiveFrom", RoyaltyBaseValue.class)
                        .getResultList());
    }

    public Optional<RoyaltyRate> rate(ContentType type, ContributionKind kind, LocalDate effectiveFrom) {
        return em().createQuery("select r from RoyaltyRate r where r.contentType = :t and r.kind = :k"
                        + " and r.effectiveFrom = :d", RoyaltyRate.class)
                .setParameter("t", type).setParameter("k", kind).setParameter("d", effectiveFrom)
                .getResultStream().findFirst();
    }

    public Optional<RoyaltyBaseValue> baseValue(LocalDate effectiveFrom) {
        return em().createQuery("select b from RoyaltyBaseValue b where b.effectiveFrom = :d", RoyaltyBaseValue.class)
                .setParameter("d", effectiveFrom).getResultStream().findFirst();
    }

    public Optional<ContributorList> contributorList(long itemId) {
        return em().createQuery("select c from ContributorList c where c.itemId = :i", ContributorList.class)
                .setParameter("i", itemId).getResultStream().findFirst();
    }

    public List<Contribution> contributions(long itemId) {
        return em().createQuery("select c from Contribution c where c.itemId = :i order by c.kind, c.id",
                Contribution.class).setParameter("i", itemId).getResultList();
    }

    public void removeContributions(long itemId) {
        for (Contribution contribution : contributions(itemId)) {
            em().remove(contribution);
        }
        em().flush();
    }

    public boolean paidForPublication(long itemId) {
        return em().createQuery("select count(l) from RoyaltyLine l where l.itemId = :i and l.origin = :o", Long.class)
                .setParameter("i", itemId).setParameter("o", RoyaltyLine.Origin.PUBLICATION).getSingleResult() > 0;
    }

    public List<RoyaltyLine> linesOfItem(long itemId) {
        return em().createQuery("select l from RoyaltyLine l where l.itemId = :i order by l.earnedAt, l.id",
                RoyaltyLine.class).setParameter("i", itemId).getResultList();
    }

    public List<RoyaltyLine> linesIn(YearMonth period) {
        return em().createQuery("select l from RoyaltyLine l where l.period = :p order by l.earnedAt, l.id",
                RoyaltyLine.class).setParameter("p", period.toString()).getResultList();
    }

    public Optional<RoyaltySheet> sheet(YearMonth period) {
        return em().createQuery("select s from RoyaltySheet s where s.period = :p", RoyaltySheet.class)
                .setParameter("p", period.toString()).getResultStream().findFirst();
    }

    /**
     * The month's sheet row locked for this transaction (SELECT … FOR UPDATE): a submission and a publication
     * writing into the same month wait for each other instead of interleaving.
     */
    public Optional<RoyaltySheet> sheetForUpdate(YearMonth period) {
        return em().createQuery("select s from RoyaltySheet s where s.period = :p", RoyaltySheet.class)
                .setParameter("p", period.toString()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The sheet row, created as a draft on the first move of the month. */
    public RoyaltySheet sheetForMove(YearMonth period) {
        return sheetForUpdate(period).orElseGet(() -> {
            RoyaltySheet sheet = new RoyaltySheet(period);
            em().persist(sheet);
            em().flush();
            return sheet;
        });
    }

    /**
     * The month a line earned in {@code earned} is counted in: that month while its sheet is open, otherwise the
     * next open one (a sheet already submitted or locked never changes under the head's eyes).
     */
    public YearMonth openPeriodFrom(YearMonth earned) {
        YearMonth month = earned;
        for (int i = 0; i < 120; i++) {
            Optional<RoyaltySheet> sheet = sheetForUpdate(month);
            if (sheet.isEmpty() || sheet.get().getState().isOpen()) {
                return month;
            }
            month = month.plusMonths(1);
        }
        throw new IllegalStateException("no open royalty month within ten years of " + earned);
    }
}
