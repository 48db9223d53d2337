package vn.cong.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cong.platform.TenantBoundEntityManager;

/** An audit line takes its time from the platform clock when it is written, not from the wall clock, and only once. */
class AuditLogTest {

    private static final Instant FIXED = Instant.parse("2026-11-20T02:00:00Z");

    private final List<Object> persisted = new ArrayList<>();
    private AuditLog log;

    @BeforeEach
    void wire() {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("persist")) {
                        persisted.add(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        log = new AuditLog();
        log.entityManagers = new TenantBoundEntityManager() {
            @Override
            public EntityManager forCurrentTenant() {
                return em;
            }
        };
        log.clock = Clock.fixed(FIXED, ZoneOffset.UTC);
    }

    @Test
    void aRecordedLineCarriesExactlyTheClocksInstant() {
        AuditEvent event = new AuditEvent(1L, "bientap.daotru", "127.0.0.1", "CREATE", "ITEM", 7L, null, "DRAFT",
                "Đạo Trù khánh thành nhà văn hóa");
        assertNull(event.getOccurredAt(), "no time before it is written");
        log.record(event);
        assertEquals(FIXED, event.getOccurredAt());
        assertEquals(1, persisted.size());
        assertSame(event, persisted.get(0));
    }

    @Test
    void aLineIsStampedOnce() {
        AuditEvent event = new AuditEvent(null, "system", null, "ROYALTY_LOCK", "ROYALTY_SHEET", 3L, null, null, null);
        log.record(event);
        assertThrows(IllegalStateException.class, () -> log.record(event));
        assertEquals(FIXED, event.getOccurredAt());
        assertEquals(1, persisted.size(), "not written twice");
    }
}
