package vn.cong.portal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnitScopedCacheTest {

    private static final long DAOTRU = 1060, VINHTUONG = 1030;

    private final UnitScopedCache<String, String> cache = new UnitScopedCache<>(3);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aValueIsLoadedOnceUntilItsUnitChanges() {
        assertEquals("bài 1", cache.get(DAOTRU, "vi|bai", () -> load("bài")));
        assertEquals("bài 1", cache.get(DAOTRU, "vi|bai", () -> load("bài")));
        cache.invalidate(DAOTRU);
        assertEquals("bài 2", cache.get(DAOTRU, "vi|bai", () -> load("bài")));
    }

    @Test
    void aChangeInOneUnitKeepsTheOthers() {
        cache.get(DAOTRU, "vi|/", () -> "Đạo Trù");
        cache.get(VINHTUONG, "vi|/", () -> "Vĩnh Tường");
        cache.invalidate(DAOTRU);
        assertNull(cache.get(DAOTRU, "vi|/"));
        assertEquals("Vĩnh Tường", cache.get(VINHTUONG, "vi|/"));
        assertEquals(1, cache.size());
    }

    @Test
    void aValueReadWhileItsUnitChangedIsAnsweredButNotKept() {
        String read = cache.get(DAOTRU, "vi|bai", () -> {
            cache.invalidate(DAOTRU); // the change commits while the old value is being read
            return "cũ";
        });
        assertEquals("cũ", read);
        assertNull(cache.get(DAOTRU, "vi|bai"));
    }

    @Test
    void nothingIsKeptForAnAddressThatDoesNotExist() {
        assertNull(cache.get(DAOTRU, "vi|khong-co", () -> null));
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i < 10; i++) {
            cache.get(DAOTRU, "vi|bai-" + i, () -> "x");
        }
        assertTrue(cache.size() <= 3);
    }

    private String load(String text) {
        return text + " " + loads.incrementAndGet();
    }
}
