package vn.cong.portal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cong.platform.ContentChanged;
import vn.cong.tenancy.HostKind;
import vn.cong.tenancy.ResolvedHost;

class PageCacheTest {

    private static final long DAOTRU = 1060, VINHTUONG = 1030;

    private final PageCache cache = new PageCache();

    @Test
    void publishingInOneUnitDropsOnlyThatUnitsPages() {
        CachedPage daoTru = page("Đạo Trù");
        CachedPage vinhTuong = page("Vĩnh Tường");
        cache.put(DAOTRU, "vi|/", cache.generation(DAOTRU), daoTru);
        cache.put(VINHTUONG, "vi|/", cache.generation(VINHTUONG), vinhTuong);

        cache.onContentChanged(new ContentChanged(DAOTRU));

        assertNull(cache.get(DAOTRU, "vi|/"));
        assertSame(vinhTuong, cache.get(VINHTUONG, "vi|/"));
        assertEquals(1, cache.size());
    }

    @Test
    void aPageRenderedBeforeAChangeIsNotStoredAfterIt() {
        long before = cache.generation(DAOTRU);
        cache.invalidate(DAOTRU);
        cache.put(DAOTRU, "vi|/", before, page("cũ"));
        assertNull(cache.get(DAOTRU, "vi|/"));
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i <= PageCache.MAX_ENTRIES; i++) {
            cache.put(DAOTRU, "vi|/trang-" + i, cache.generation(DAOTRU), page("x"));
        }
        assertTrue(cache.size() <= PageCache.MAX_ENTRIES);
    }

    @Test
    void languageAndQueryAreDifferentPages() {
        ResolvedHost vi = new ResolvedHost(null, "vinhphuc", HostKind.CANONICAL);
        ResolvedHost en = new ResolvedHost(null, "english.vinhphuc", HostKind.ENGLISH);
        assertNotEquals(PageCacheFilter.key(vi, "/", null), PageCacheFilter.key(en, "/", null));
        assertNotEquals(PageCacheFilter.key(vi, "/chuyen-muc/tin-tuc", "trang=2"),
                PageCacheFilter.key(vi, "/chuyen-muc/tin-tuc", null));
    }

    @Test
    void etagIdentifiesTheBody() {
        CachedPage page = page("Nội dung");
        assertTrue(page.matches(page.etag()));
        assertFalse(page.matches("\"khac\""));
        assertEquals(page.etag(), page("Nội dung").etag());
    }

    private static CachedPage page(String text) {
        return CachedPage.of(text.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", Instant.now());
    }
}
