package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.royalty.RoyaltyCarryOver;
import vn.cong.tenancy.MovedPath;
import vn.cong.tenancy.Unit;

/**
 * Moves a unit's content into its successor, inside the reorganisation's transaction, as a few set-based statements
 * over the tenant column (the explicit cross-tenant door: platform SQL, never a tenant's JPA context). A category
 * the successor has by the same code takes the old one's items; one it lacks moves over whole, with its rules.
 * Items keep their ids; a slug the successor already uses gets the old unit's label ("lien-he-kimxa"); every
 * item's old address is recorded as a {@link MovedPath}, so old links answer 301 with the new one. The royalty
 * record follows as {@link RoyaltyCarryOver} says.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContentMover {

    /** Rows that follow their item or category: moved by tenant, once items and categories are placed. */
    private static final List<String> FOLLOWING = List.of("item_revision", "item_field", "attachment", "obligation",
            "royalty_contributor_list", "royalty_contribution");


    /** The old unit's categories (tenant ?2) the successor (?1) has by code. */
    private static final String SAME_OLD = "select s.id from category s, category t where s.tenant_id = ?2 and"
            + " t.tenant_id = ?1 and t.code = s.code";

    /** Old category id → the successor's of the same code. */
    private static final String SAME_PAIRS = "select s.id sid, t.id tid from category s, category t where"
            + " s.tenant_id = ?2 and t.tenant_id = ?1 and t.code = s.code";

    @Inject
    TenantBoundEntityManager entityManagers;

    /** What was moved from one unit. */
    public record Moved(int items, int categoriesMoved) {
    }

    private EntityManager em() {
        return entityManagers.platform();
    }

    /**
     * Set-based whatever the size of the catalogs — a few statements per unit, not per category: a reform moves ten
     * thousand units. {@code SAME} pairs each old category with the successor's of the same code; it is wrapped in
     * a derived table where the statement updates {@code category} itself (MySQL reads a derived table it updates).
     */
    public Moved move(Unit from, Unit to) {
        long source = from.getId();
        long target = to.getId();
        update("update item set category_id = (select t.id from category t, category s where s.id = item.category_id"
                + " and t.tenant_id = ?1 and t.code = s.code) where tenant_id = ?2 and category_id in (" + SAME_OLD
                + ")", target, source);
        update("update obligation set category_id = (select t.id from category t, category s where s.id ="
                + " obligation.category_id and t.tenant_id = ?1 and t.code = s.code) where tenant_id = ?2 and"
                + " category_id in (" + SAME_OLD + ")", target, source);
        update("update category set parent_id = (select x.tid from (" + SAME_PAIRS + ") x where x.sid ="
                + " category.parent_id) where tenant_id = ?2 and parent_id in (select x.sid from (" + SAME_PAIRS
                + ") x)", target, source);
        int whole = ((Number) entityManagers.crossTenantSql("select count(*) from category where tenant_id = ?2 and"
                + " code not in (select t.code from category t where t.tenant_id = ?1)", target, source)
                .getSingleResult()).intValue();
        update("update category_rule set tenant_id = ?1 where tenant_id = ?2 and category_id in (select s.id from"
                + " category s where s.tenant_id = ?2 and s.code not in (select t.code from category t where"
                + " t.tenant_id = ?1))", target, source);
        update("update category set tenant_id = ?1 where tenant_id = ?2 and code not in (select x.code from (select"
                + " t.code from category t where t.tenant_id = ?1) x)", target, source);
        int items = moveItems(from, to);
        for (String table : FOLLOWING) {
            update("update " + table + " set tenant_id = ?1 where tenant_id = ?2", target, source);
        }
        for (String statement : RoyaltyCarryOver.STATEMENTS) {
            update(statement, target, source);
        }
        return new Moved(items, whole);
    }

    /**
     * The addresses recorded for a unit's pages, recorded again for another: the unit that takes over a retired
     * unit's hostname (a reform's commune named like the abolished district) sends the district's old links on.
     */
    public void copyMovedPaths(long fromUnitId, long toUnitId) {
        for (MovedPath path : em().createQuery("select m from MovedPath m where m.fromUnitId = :u", MovedPath.class)
                .setParameter("u", fromUnitId).getResultList()) {
            em().persist(new MovedPath(toUnitId, path.getFromPath(), path.getToUnitId(), path.getToPath()));
        }
    }

    private int moveItems(Unit from, Unit to) {
        Set<String> taken = new HashSet<>();
        for (Object slug : entityManagers.crossTenantSql("select slug from item where tenant_id = ?1", to.getId())
                .getResultList()) {
            taken.add((String) slug);
        }
        List<Object[]> items = rows("select id, slug from item where tenant_id = ?1", from.getId());
        for (Object[] item : items) {
            String slug = (String) item[1];
            String placed = slug;
            for (int n = 2; taken.contains(placed); n++) {
                placed = suffixed(slug, from.getHostLabel() + (n == 2 ? "" : "-" + n));
            }
            taken.add(placed);
            if (!placed.equals(slug)) {
                update("update item set slug = ?1 where id = ?2", placed, number(item[0]));
            }
            em().persist(new MovedPath(from.getId(), "/bai-viet/" + slug, to.getId(), "/bai-viet/" + placed));
        }
        update("update item set tenant_id = ?1 where tenant_id = ?2", to.getId(), from.getId());
        return items.size();
    }

    /** Slugs are at most 200 characters: the suffix is kept, the slug shortened. */
    static String suffixed(String slug, String suffix) {
        int room = 200 - suffix.length() - 1;
        return (slug.length() > room ? slug.substring(0, room) : slug) + "-" + suffix;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long tenant) {
        return entityManagers.crossTenantSql(sql, tenant).getResultList();
    }

    private void update(String sql, Object... parameters) {
        entityManagers.crossTenantSql(sql, parameters).executeUpdate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
