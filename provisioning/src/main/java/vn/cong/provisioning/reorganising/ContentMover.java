package vn.cong.provisioning.reorganising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.MovedPath;
import vn.cong.tenancy.Unit;

/**
 * Moves a unit's content into its successor, inside the reorganisation's transaction, as a few set-based statements
 * over the tenant column (the explicit cross-tenant door: platform SQL, never a tenant's JPA context). A category
 * the successor has by the same code takes the old one's items; one it lacks moves over whole, with its rules.
 * Items keep their ids; a slug the successor already uses gets the old unit's label ("lien-he-kimxa"); every
 * item's old address is recorded as a {@link MovedPath}, so old links answer 301 with the new one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContentMover {

    /** Rows that follow their item or category: moved by tenant, once items and categories are placed. */
    private static final List<String> FOLLOWING = List.of("item_revision", "item_field", "attachment", "obligation",
            "royalty_contributor_list", "royalty_contribution");

    @Inject
    TenantBoundEntityManager entityManagers;

    /** What was moved from one unit. */
    public record Moved(int items, int categoriesMoved) {
    }

    private EntityManager em() {
        return entityManagers.platform();
    }

    public Moved move(Unit from, Unit to) {
        long source = from.getId();
        long target = to.getId();
        Map<String, Long> successorCategories = new HashMap<>();
        for (Object[] row : rows("select code, id from category where tenant_id = ?1", target)) {
            successorCategories.put((String) row[0], number(row[1]));
        }
        Map<Long, Long> mapped = new HashMap<>();
        Set<Long> movedWhole = new HashSet<>();
        for (Object[] row : rows("select id, code from category where tenant_id = ?1", source)) {
            Long same = successorCategories.get((String) row[1]);
            if (same == null) {
                movedWhole.add(number(row[0]));
            } else {
                mapped.put(number(row[0]), same);
            }
        }
        for (Map.Entry<Long, Long> category : mapped.entrySet()) {
            update("update item set category_id = ?1 where tenant_id = ?2 and category_id = ?3", category.getValue(),
                    source, category.getKey());
            update("update obligation set category_id = ?1 where tenant_id = ?2 and category_id = ?3",
                    category.getValue(), source, category.getKey());
            update("update category set parent_id = ?1 where tenant_id = ?2 and parent_id = ?3", category.getValue(),
                    source, category.getKey());
        }
        for (long category : movedWhole) {
            update("update category_rule set tenant_id = ?1 where category_id = ?2", target, category);
            update("update category set tenant_id = ?1 where id = ?2", target, category);
        }
        int items = moveItems(from, to);
        for (String table : FOLLOWING) {
            update("update " + table + " set tenant_id = ?1 where tenant_id = ?2", target, source);
        }
        return new Moved(items, movedWhole.size());
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
