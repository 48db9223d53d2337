package vn.cong.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;
import vn.cong.platform.PlatformEntity;

/** The catalog editor's two rules, kept in the domain: where a category may move, and a retention as typed. */
class CatalogShapeTest {

    @Test
    void aCategoryMayNotMoveIntoItsOwnSubtreeWhateverOrderTheRowsComeIn() {
        // 1 ← 2 ← 3, and 4 beside; the grandchild is listed before its parent
        List<Category> all = List.of(category(3, 2L), category(1, null), category(4, null), category(2, 1L));
        assertEquals(Set.of(1L, 2L, 3L), UnitCatalog.subtreeOf(all, 1));
        assertEquals(Set.of(2L, 3L), UnitCatalog.subtreeOf(all, 2));
        assertEquals(Set.of(4L), UnitCatalog.subtreeOf(all, 4));
    }

    @Test
    void aRetentionCountedInYearsNeedsAtLeastOneAndTheOthersIgnoreTheYearsField() {
        assertNull(Retention.chosen(null, 5));
        assertEquals(new Retention(RetentionKind.YEARS, 5), Retention.chosen(RetentionKind.YEARS, 5));
        assertEquals(Retention.of(RetentionKind.PERMANENT), Retention.chosen(RetentionKind.PERMANENT, 5));
        for (Integer years : new Integer[] {null, 0, -1}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> Retention.chosen(RetentionKind.YEARS_AFTER_EXPIRY, years));
            assertEquals("catalog.retention.invalid", refused.messageKey());
            assertEquals(422, refused.status());
        }
    }

    private static Category category(long id, Long parentId) {
        Category category = new Category("c" + id, "Mục " + id, "Item " + id, ContentType.ARTICLE, (int) id, false);
        category.moveTo(parentId, (int) id);
        try {
            Field field = PlatformEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(category, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return category;
    }
}
