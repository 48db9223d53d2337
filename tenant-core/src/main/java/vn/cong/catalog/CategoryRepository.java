package vn.cong.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.cong.platform.TenantBoundEntityManager;

/** The current unit's categories. */
@ApplicationScoped
@Transactional
public class CategoryRepository {

    @Inject
    TenantBoundEntityManager entityManagers;

    public List<Category> all() {
        return entityManagers.forCurrentTenant()
                .createQuery("select c from Category c order by c.sortOrder, c.id", Category.class).getResultList();
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(entityManagers.forCurrentTenant().find(Category.class, id));
    }

    public Optional<Category> byCode(String code) {
        return entityManagers.forCurrentTenant()
                .createQuery("select c from Category c where c.code = :c", Category.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public void add(Category category) {
        entityManagers.forCurrentTenant().persist(category);
    }
}
