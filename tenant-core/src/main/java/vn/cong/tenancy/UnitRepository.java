package vn.cong.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/** The unit registry: units and their hostnames. Platform data, explicitly not tenant-scoped. */
@ApplicationScoped
@Transactional
public class UnitRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    private EntityManager em() {
        return entityManagers.platform();
    }

    public Optional<Unit> find(long id) {
        return Optional.ofNullable(em().find(Unit.class, id));
    }

    /**
     * The unit, locked until the transaction ends ({@code SELECT … FOR UPDATE}): work that adds under it (opening a
     * child portal) runs one at a time per parent, so that its checks see what the previous one committed.
     */
    public Optional<Unit> findLocked(long id) {
        return Optional.ofNullable(em().find(Unit.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    /** The active unit holding an official code (a retired unit has given its code up). */
    public Optional<Unit> byOfficialCode(String code) {
        return em().createQuery("select u from Unit u where u.officialCode = :c", Unit.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** Every active unit holding an official code (an import's lookup, read once). */
    public List<Unit> withOfficialCodes() {
        return em().createQuery("select u from Unit u where u.officialCode is not null", Unit.class).getResultList();
    }

    public List<Unit> children(long parentId) {
        return em().createQuery("select u from Unit u where u.parentId = :p order by u.officialName", Unit.class)
                .setParameter("p", parentId).getResultList();
    }

    /** Every unit in the subtree of {@code root}, the root included. */
    public List<Unit> subtree(Unit root) {
        return em().createQuery("select u from Unit u where u.path like :p order by u.path", Unit.class)
                .setParameter("p", root.unitPath().value() + "%").getResultList();
    }

    public List<Unit> all() {
        return em().createQuery("select u from Unit u order by u.path", Unit.class).getResultList();
    }

    public long count() {
        return em().createQuery("select count(u) from Unit u", Long.class).getSingleResult();
    }

    /**
     * Every unit and every hostname, read-only (not registered in the transaction: copying ten thousand units into
     * it was most of a directory reload) — for {@link UnitDirectoryLoader}, which keeps them as a snapshot.
     */
    public List<Unit> allForSnapshot() {
        return em().createQuery("select u from Unit u", Unit.class).setHint("eclipselink.read-only", true)
                .getResultList();
    }

    public List<UnitHost> allHostsForSnapshot() {
        return em().createQuery("select h from UnitHost h", UnitHost.class).setHint("eclipselink.read-only", true)
                .getResultList();
    }

    public List<Unit> forSnapshot(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em().createQuery("select u from Unit u where u.id in :ids", Unit.class)
                .setParameter("ids", ids).setHint("eclipselink.read-only", true).getResultList();
    }

    public List<UnitHost> hostsForSnapshot(java.util.Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : em().createQuery("select h from UnitHost h where h.unitId in :ids",
                UnitHost.class).setParameter("ids", unitIds).setHint("eclipselink.read-only", true).getResultList();
    }

    public List<UnitHost> allHosts() {
        return em().createQuery("select h from UnitHost h", UnitHost.class).getResultList();
    }

    public Optional<UnitHost> host(String hostname) {
        return em().createQuery("select h from UnitHost h where h.hostname = :h", UnitHost.class)
                .setParameter("h", hostname).getResultStream().findFirst();
    }

    public Optional<String> canonicalHostname(long unitId) {
        return em().createQuery("select h.hostname from UnitHost h where h.unitId = :u and h.kind = :k", String.class)
                .setParameter("u", unitId).setParameter("k", HostKind.CANONICAL).getResultStream().findFirst();
    }

    /**
     * A unit moved or renamed (a leaf: its children's names would change with it): under {@code parent} with
     * {@code label}, its canonical and English hostnames are new, and the old ones stay as permanent redirects.
     * Returns the new canonical hostname.
     */
    public String rehost(Unit unit, Unit parent, String officialName, String label) {
        String parentHost = parent == null ? null : canonicalHostname(parent.getId()).orElseThrow();
        String hostname = HostnamePolicy.canonicalHostname(label, parentHost);
        String english = HostnamePolicy.englishHostname(hostname);
        java.util.Map<String, UnitHost> own = new java.util.HashMap<>();
        for (UnitHost host : em().createQuery("select h from UnitHost h where h.unitId = :u", UnitHost.class)
                .setParameter("u", unit.getId()).getResultList()) {
            own.put(host.getHostname(), host);
            if (host.getKind() == HostKind.CANONICAL || host.getKind() == HostKind.ENGLISH) {
                host.keepAsRedirect();
            }
        }
        unit.relocate(parent, officialName, label);
        place(own, unit, hostname, HostKind.CANONICAL);
        place(own, unit, english, HostKind.ENGLISH);
        return hostname;
    }

    /**
     * A hostname a unit no longer active still answers on (to redirect), given up for an active unit to take —
     * a reform's new commune named like the district it replaces — with its English twin; flushed, so the name can
     * be inserted again in the same transaction. Returns the unit that held it; empty when no such retired unit does.
     */
    public Optional<Long> freeRetiredHost(String hostname) {
        Optional<UnitHost> held = host(hostname);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Unit holder = em().find(Unit.class, held.get().getUnitId());
        if (holder == null || holder.isActive()) {
            return Optional.empty();
        }
        em().remove(held.get());
        host(HostnamePolicy.englishHostname(hostname)).filter(h -> h.getUnitId().equals(holder.getId()))
                .ifPresent(em()::remove);
        em().flush();
        return Optional.of(holder.getId());
    }

    /** A name the unit held before (moved back) is its own again; else a new row. */
    private void place(java.util.Map<String, UnitHost> own, Unit unit, String hostname, HostKind kind) {
        UnitHost earlier = own.get(hostname);
        if (earlier != null) {
            earlier.becomes(kind);
        } else {
            em().persist(new UnitHost(unit.getId(), hostname, kind));
        }
    }

    /** Stores a new unit with its canonical and English hostnames. */
    public Unit add(Unit unit, Unit parent, String canonicalHostname) {
        em().persist(unit);
        em().flush();
        unit.placeUnder(parent);
        em().persist(new UnitHost(unit.getId(), canonicalHostname, HostKind.CANONICAL));
        em().persist(new UnitHost(unit.getId(), HostnamePolicy.englishHostname(canonicalHostname), HostKind.ENGLISH));
        return unit;
    }
}
