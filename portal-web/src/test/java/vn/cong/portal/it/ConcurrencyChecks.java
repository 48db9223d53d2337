package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.TAMDAO;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Check-then-insert on unique values under concurrency, on MariaDB: two requests that both pass the "taken?" check
 * at the same moment get one success and the same 409 and message as the check — never a 500. Run from
 * {@link PlatformIT}: one deployment for all.
 */
final class ConcurrencyChecks {

    /** Pairs per case: each pair is released together by a barrier, so that both requests pass the check. */
    private static final int PAIRS = 4;

    private final PortalClient client;
    private final ItemsApi items;

    ConcurrencyChecks(PortalClient client) {
        this.client = client;
        this.items = new ItemsApi(client);
    }

    void twoUnitsWithTheSameHostnameOrAdministratorAtOnceGetOne201AndOne409() {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        for (int pair = 0; pair < PAIRS; pair++) {
            String label = "dongthoi" + (System.nanoTime() % 1_000_000);
            String body = "{\"parentId\":" + tamDao + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Đồng Thời " + label
                    + "\",\"hostLabel\":\"" + label + "\"}";
            Supplier<PortalClient.Reply> create = () -> client.post(VINHPHUC, "/api/v1/units", dic, body);
            List<PortalClient.Reply> replies = together(create, create);
            assertOneCreatedOneRefused(replies, "unit.host.taken");
            PortalClient.Reply again = client.post(VINHPHUC, "/api/v1/units", dic, body);
            assertEquals(refused(replies).json().getString("message"), again.json().getString("message"),
                    "the same message as the check's");

            String admin = "quantri." + label;
            List<PortalClient.Reply> sameAdmin = together(() -> createUnitAdministeredBy(dic, tamDao, label + "a", admin),
                    () -> createUnitAdministeredBy(dic, tamDao, label + "b", admin));
            assertOneCreatedOneRefused(sameAdmin, "unit.admin.username.taken");
        }
    }

    void twoItemsWithTheSameTitleAtOnceEachGetASlugOrA409() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        long category = items.publishedItems(DAOTRU, editor).getJsonObject(0).getJsonNumber("categoryId").longValue();
        for (int pair = 0; pair < PAIRS; pair++) {
            String body = "{\"categoryId\":" + category + ",\"title\":\"Tin cùng lúc " + System.nanoTime()
                    + "\",\"summary\":\"Tóm tắt\",\"body\":\"<p>Nội dung</p>\",\"source\":\"UBND xã\","
                    + "\"authorName\":\"Thu Hà\"}";
            Supplier<PortalClient.Reply> create = () -> client.post(DAOTRU, "/api/v1/items", editor, body);
            List<PortalClient.Reply> replies = together(create, create);
            for (PortalClient.Reply reply : replies) {
                assertTrue(reply.status() == 201 || reply.status() == 409 && "item.slug.conflict".equals(
                        reply.json().getString("error")), reply.status() + " " + reply.body());
            }
            if (replies.stream().allMatch(r -> r.status() == 201)) {
                assertNotEquals(replies.get(0).json().getString("slug"), replies.get(1).json().getString("slug"));
            }
        }
    }

    private PortalClient.Reply createUnitAdministeredBy(String token, long parent, String label, String admin) {
        return client.post(VINHPHUC, "/api/v1/units", token, "{\"parentId\":" + parent + ",\"level\":\"COMMUNE\","
                + "\"officialName\":\"Xã " + label + "\",\"hostLabel\":\"" + label + "\",\"admin\":{\"username\":\""
                + admin + "\"}}");
    }

    private static void assertOneCreatedOneRefused(List<PortalClient.Reply> replies, String error) {
        assertEquals(List.of(201, 409), replies.stream().map(PortalClient.Reply::status).sorted().toList(),
                replies.toString());
        PortalClient.Reply refused = refused(replies);
        assertEquals(error, refused.json().getString("error"));
        assertTrue(!refused.body().contains("Exception") && !refused.body().contains("eclipse"), refused.body());
    }

    private static PortalClient.Reply refused(List<PortalClient.Reply> replies) {
        return replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    }

    /** Two requests, released at the same instant from two threads. */
    private static List<PortalClient.Reply> together(Supplier<PortalClient.Reply> first,
                                                     Supplier<PortalClient.Reply> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<PortalClient.Reply>> running = new ArrayList<>();
        // two threads of its own: the common pool may have one on a small machine, and the barrier needs both
        ExecutorService threads = Executors.newFixedThreadPool(2);
        for (Supplier<PortalClient.Reply> request : List.of(first, second)) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return request.get();
            }, threads));
        }
        try {
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }
}
