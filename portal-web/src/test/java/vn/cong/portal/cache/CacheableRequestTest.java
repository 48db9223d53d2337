package vn.cong.portal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CacheableRequestTest {

    @Test
    void anonymousGetsOfCitizenPagesAreCacheable() {
        assertTrue(CacheableRequest.test("GET", "/", null, null));
        assertTrue(CacheableRequest.test("GET", "/bai-viet/khanh-thanh", null, "theme=dark"));
    }

    @Test
    void theBackOfficeTheApiAndSessionsAreNever() {
        assertFalse(CacheableRequest.test("GET", "/hoi-dap/dat-cau-hoi", null, null), "carries its form token");
        assertFalse(CacheableRequest.test("GET", "/hoi-dap/tra-cuu?ma=PAKN.20261205.0001&khoa=k", null, null));
        assertFalse(CacheableRequest.test("GET", "/khao-sat/12", null, null), "a survey's form carries its token");
        assertFalse(CacheableRequest.test("GET", "/khao-sat/12/ket-qua", null, null), "counts change with each answer");
        assertFalse(CacheableRequest.test("GET", "/khao-sat", null, null), "surveys open and close at midnight");
        assertFalse(CacheableRequest.test("GET", "/danh-gia", null, null));
        assertFalse(CacheableRequest.test("GET", "/xac-minh", null, null));
        assertFalse(CacheableRequest.test("GET", "/lay-y-kien/du-thao-quy-che?doan=2", null, null),
                "a consultation carries its forms' token and the day's status");
        assertFalse(CacheableRequest.test("POST", "/", null, null));
        assertFalse(CacheableRequest.test("GET", "/admin/index.xhtml", null, null));
        assertFalse(CacheableRequest.test("GET", "/api/v1/items", null, null));
        assertFalse(CacheableRequest.test("GET", "/jakarta.faces.resource/x.css", null, null));
        assertFalse(CacheableRequest.test("GET", "/health", null, null));
        assertFalse(CacheableRequest.test("GET", "/", "Bearer abc", null));
        assertFalse(CacheableRequest.test("GET", "/", null, "a=b; JSESSIONID=xyz"));
        assertFalse(CacheableRequest.test("GET", "/", null, "jsessionid=xyz"));
    }

    @Test
    void theEdgeFindsAPageByTheHostTheFilterRemembered() {
        PageCache cache = new PageCache();
        CachedPage page = CachedPage.of("Đạo Trù".getBytes(StandardCharsets.UTF_8), "text/html", Instant.now());
        cache.put(1060, PageCache.pageKey("vi", "/", null), cache.generation(1060), page);
        assertNull(cache.get(PageCache.hostKey(false, "daotru.tamdao.vinhphuc.localhost"), "/", null),
                "an unknown host is a miss: only the servlet filter resolves tenants");

        cache.rememberHost(PageCache.hostKey(false, "daotru.tamdao.vinhphuc.localhost:8080"), 1060, "vi");
        assertSame(page, cache.get(PageCache.hostKey(false, "DaoTru.tamdao.vinhphuc.localhost"), "/", null));
        assertNull(cache.get(PageCache.hostKey(true, "daotru.tamdao.vinhphuc.localhost"), "/", null),
                "HTTPS is another set of headers");
        assertNull(cache.get(PageCache.hostKey(false, "daotru.tamdao.vinhphuc.localhost"), "/", "trang=2"));

        cache.invalidate(1060);
        assertNull(cache.get(PageCache.hostKey(false, "daotru.tamdao.vinhphuc.localhost"), "/", null));
    }

    @Test
    void hostKeysIgnoreThePortButKeepIpv6Literals() {
        assertEquals("http://vinhphuc.localhost", PageCache.hostKey(false, "vinhphuc.localhost:8080"));
        assertEquals("http://[::1]", PageCache.hostKey(false, "[::1]:8080"));
        assertEquals("http://[::1]", PageCache.hostKey(false, "[::1]"));
    }
}
