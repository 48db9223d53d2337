package vn.cong.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * Where a reorganised unit's addresses lead now, and the history a successor shows. Read only; the reorganisations
 * themselves are provisioning's ({@code vn.cong.provisioning.reorganising}).
 */
@ApplicationScoped
@Transactional
public class Successions {

    /** Reorganisations rarely chain more than twice (2019 then 2025); a loop in bad data stops here. */
    private static final int MAX_HOPS = 8;

    /** Where an old address leads: one unit and a path, or — for a unit shared out — the list of its successors. */
    public sealed interface Destination permits Moved, SharedOut {
    }

    public record Moved(Unit unit, String path) implements Destination {
    }

    public record SharedOut(Unit former, List<Unit> successors) implements Destination {
    }

    /** One line of a successor's history: which unit it took in, how, by which decision. */
    public record Predecessor(Unit unit, UnitSuccession.Share share, Reorganisation reorganisation) {
    }

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.platform();
    }

    /**
     * The destination of {@code path} on a unit that is no longer active: along its successions (a unit merged twice
     * leads to the last one), with the path of a page that moved; empty for a unit retired without a successor.
     */
    public Optional<Destination> destination(Unit former, String path) {
        Unit unit = former;
        String current = path;
        for (int hop = 0; hop < MAX_HOPS && !unit.isActive(); hop++) {
            Optional<MovedPath> moved = moved(unit.getId(), current);
            if (moved.isPresent()) {
                // a page that moved leads to its new address, even from a unit shared out among several
                unit = em().find(Unit.class, moved.get().getToUnitId());
                current = moved.get().getToPath();
                if (unit == null) {
                    return Optional.empty();
                }
                continue;
            }
            List<UnitSuccession> next = successorsOf(unit.getId());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.size() > 1 || next.get(0).getShare() == UnitSuccession.Share.PARTIAL) {
                List<Unit> successors = new ArrayList<>();
                for (UnitSuccession succession : next) {
                    Optional.ofNullable(em().find(Unit.class, succession.getSuccessorId())).ifPresent(successors::add);
                }
                return Optional.of(new SharedOut(unit, successors));
            }
            unit = em().find(Unit.class, next.get(0).getSuccessorId());
            if (unit == null) {
                return Optional.empty();
            }
        }
        return unit.isActive() ? Optional.of(new Moved(unit, current)) : Optional.empty();
    }

    /**
     * Where a page an active unit does not have went, when its hostname was a retired unit's before (a reform's new
     * commune took the name of the district it replaced, and the district's pages moved elsewhere); empty otherwise.
     */
    public Optional<Moved> movedFrom(Unit active, String path) {
        Optional<MovedPath> moved = moved(active.getId(), path);
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        Unit target = em().find(Unit.class, moved.get().getToUnitId());
        if (target == null || target.getId().equals(active.getId())) {
            return Optional.empty();
        }
        return destination(target, moved.get().getToPath()).filter(Moved.class::isInstance).map(Moved.class::cast);
    }

    public List<UnitSuccession> successorsOf(long predecessorId) {
        return em().createQuery("select s from UnitSuccession s where s.predecessorId = :p order by s.id",
                UnitSuccession.class).setParameter("p", predecessorId).getResultList();
    }

    /** The units a successor took in, oldest decision first. */
    public List<Predecessor> predecessorsOf(long successorId) {
        List<Predecessor> history = new ArrayList<>();
        for (UnitSuccession succession : em().createQuery("select s from UnitSuccession s where s.successorId = :s"
                + " order by s.id", UnitSuccession.class).setParameter("s", successorId).getResultList()) {
            Unit unit = em().find(Unit.class, succession.getPredecessorId());
            Reorganisation reorganisation = em().find(Reorganisation.class, succession.getReorganisationId());
            if (unit != null && reorganisation != null) {
                history.add(new Predecessor(unit, succession.getShare(), reorganisation));
            }
        }
        return history;
    }

    private Optional<MovedPath> moved(long unitId, String path) {
        return em().createQuery("select m from MovedPath m where m.fromUnitId = :u and m.fromPath = :p", MovedPath.class)
                .setParameter("u", unitId).setParameter("p", path).getResultStream().findFirst();
    }
}
