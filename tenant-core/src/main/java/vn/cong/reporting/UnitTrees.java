package vn.cong.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitSuccession;

/**
 * Reads a {@link UnitTree}: the subtree's units by their materialised path in one query, every succession touching
 * them in one more, and — two more per generation — the units merged into them from outside the subtree, whose
 * history now counts here, with their own successions. Never unit by unit: the whole country is a handful of queries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitTrees {

    /** More generations of mergers than any reorganisation history has; a guard against a cycle in bad data. */
    private static final int GENERATIONS = 16;

    @Inject
    TenantBoundEntityManager entityManagers;

    public UnitTree read(Unit root) {
        EntityManager em = entityManagers.platform();
        String prefix = root.unitPath().value() + "%";
        Map<Long, UnitTree.Node> nodes = new LinkedHashMap<>();
        em.createQuery("select u from Unit u where u.path like :p", Unit.class).setParameter("p", prefix)
                .setHint("eclipselink.read-only", true).getResultList().forEach(u -> nodes.put(u.getId(), node(u)));
        // every succession touching the subtree: its units' successors, and the units merged into them
        List<UnitSuccession> successions = em.createQuery("select s from UnitSuccession s, Unit u where"
                        + " (s.predecessorId = u.id or s.successorId = u.id) and u.path like :p", UnitSuccession.class)
                .setParameter("p", prefix).getResultList();
        Map<Long, UnitSuccession> known = new HashMap<>();
        Set<Long> mergedIn = new HashSet<>();
        for (int generation = 0; generation < GENERATIONS && !successions.isEmpty(); generation++) {
            Set<Long> outside = new HashSet<>();
            for (UnitSuccession s : successions) {
                if (known.putIfAbsent(s.getId(), s) == null && !nodes.containsKey(s.getPredecessorId())) {
                    outside.add(s.getPredecessorId());
                }
            }
            if (outside.isEmpty()) {
                break;
            }
            mergedIn.addAll(outside);
            em.createQuery("select u from Unit u where u.id in :ids", Unit.class).setParameter("ids", outside)
                    .setHint("eclipselink.read-only", true).getResultList().forEach(u -> nodes.put(u.getId(), node(u)));
            // the newcomers' own successions: where else they went (a split), and who was merged into them
            successions = em.createQuery("select s from UnitSuccession s where s.predecessorId in :ids"
                    + " or s.successorId in :ids", UnitSuccession.class).setParameter("ids", outside).getResultList();
        }
        return new UnitTree(root.getId(), nodes.values(), firstSuccessors(known.values()), mergedIn);
    }

    /** Each predecessor's successor: the whole one, else the first it was shared out to. */
    private static Map<Long, Long> firstSuccessors(Collection<UnitSuccession> successions) {
        Comparator<UnitSuccession> order = Comparator
                .comparing((UnitSuccession s) -> s.getShare() == UnitSuccession.Share.FULL ? 0 : 1)
                .thenComparing(UnitSuccession::getId);
        Map<Long, UnitSuccession> first = new HashMap<>();
        for (UnitSuccession s : successions) {
            first.merge(s.getPredecessorId(), s, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        Map<Long, Long> successors = new HashMap<>();
        first.forEach((predecessor, s) -> successors.put(predecessor, s.getSuccessorId()));
        return successors;
    }

    private static UnitTree.Node node(Unit unit) {
        return new UnitTree.Node(unit.getId(), unit.getParentId(), unit.getOfficialName(), unit.getLevel().name(),
                unit.isActive());
    }
}
