package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;
import static vn.cong.portal.it.PlatformIT.TAMDAO;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;

/**
 * The board works a citizen's question through {@code /api/v1/questions}, across two units: Đạo Trù's secretariat
 * sends it on to Huyện Tam Đảo with the reason, Tam Đảo's secretariat routes it to its Q&amp;A responder, who answers
 * it, and the secretariat publishes it — each step refused to whom the policy refuses it (403), out of order (409),
 * without what it needs (422). The asker follows it from the first status link to the answer; the asker's identity is
 * masked on the desk until the responder opens it, and never shows whole on any public page. Run from
 * {@link PlatformIT}.
 */
final class QuestionDeskChecks {

    private static final String PHONE = "0912 345 678";
    private static final String EMAIL = "lan.nguyen@example.vn";

    private final PortalClient client;
    private final ItemsApi items;
    private final QuestionChecks questions;
    private final GreenMail smtp;

    QuestionDeskChecks(PortalClient client, ItemsApi items, GreenMail smtp) {
        this.client = client;
        this.items = items;
        this.smtp = smtp;
        this.questions = new QuestionChecks(client, smtp);
    }

    void aQuestionSentOnToTheDistrictIsAnsweredThereByItsResponderAndPublishedMasked() throws Exception {
        long stamp = System.nanoTime();
        String subject = "Đèn chiếu sáng đường tỉnh 302 " + stamp;
        QuestionChecks.Asked asked = questions.ask(subject, PHONE, EMAIL);
        String secretary = client.token(DAOTRU, "thuky.daotru");
        long id = idOf(DAOTRU, secretary, asked.code());

        String shown = client.get(DAOTRU, "/api/v1/questions/" + id, secretary).body();
        assertTrue(shown.contains(subject), shown);
        for (String secret : List.of("026190001234", "0912345678", PHONE, EMAIL, "Thôn Đồng Bùa")) {
            assertFalse(shown.contains(secret), "the desk shows the asker masked: " + secret);
        }
        assertEquals(403, client.post(DAOTRU, "/api/v1/questions/" + id + "/answer", secretary,
                "{\"text\":\"Thư ký không trả lời\"}").status(), "only the head or a responder answers (ND Art. 9.4)");
        assertEquals(403, client.post(DAOTRU, "/api/v1/questions/" + id + "/identity", secretary, "{}").status());
        assertEquals(409, client.post(DAOTRU, "/api/v1/questions/publish", secretary, "{\"ids\":[" + id + "]}")
                .status(), "nothing unanswered is published");

        long tamDao = items.unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        PortalClient.Reply noReason = client.post(DAOTRU, "/api/v1/questions/" + id + "/transfer", secretary,
                "{\"unitId\":" + tamDao + ",\"reason\":\"  \"}");
        assertEquals(422, noReason.status());
        assertTrue(noReason.body().contains("Hãy ghi lý do"), noReason.body());
        PortalClient.Reply sent = client.post(DAOTRU, "/api/v1/questions/" + id + "/transfer", secretary,
                "{\"unitId\":" + tamDao + ",\"reason\":\"Đường tỉnh 302 do huyện quản lý\"}");
        assertEquals(200, sent.status(), sent.body());
        String there = sent.json().getString("transferredCode");
        assertEquals("TRANSFERRED", sent.json().getString("state"));
        assertEquals(409, client.post(DAOTRU, "/api/v1/questions/" + id + "/transfer", secretary,
                "{\"unitId\":" + tamDao + ",\"reason\":\"Lần nữa\"}").status(), "a question is sent on once");

        PortalClient.Reply status = client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + asked.code() + "&khoa="
                + asked.key(), asked.address(), null, null);
        assertEquals(200, status.status());
        assertTrue(status.body().contains("Đã chuyển đến đơn vị có thẩm quyền")
                && status.body().contains("Đường tỉnh 302 do huyện quản lý") && status.body().contains(there),
                status.body());
        assertTrue(status.body().contains("tamdao.vinhphuc.localhost") && status.body().contains("ma=" + there
                + "&amp;khoa=" + asked.key()), "the asker's link leads on to the competent unit");
        PortalClient.Reply followed = client.citizen(TAMDAO, "/hoi-dap/tra-cuu?ma=" + there + "&khoa="
                + asked.key(), asked.address(), null, null);
        assertEquals(200, followed.status(), "the same key opens the question there");
        assertTrue(followed.body().contains("Đã tiếp nhận") && followed.body().contains("Xã Đạo Trù"));

        String tamDaoSecretary = client.token(TAMDAO, "thuky.tamdao");
        String responder = client.token(TAMDAO, "traloi.tamdao");
        long thereId = idOf(TAMDAO, tamDaoSecretary, there);
        assertEquals(404, client.get(TAMDAO, "/api/v1/questions/" + thereId, responder).status(),
                "a responder sees what is routed to them only");
        assertEquals(404, client.get(DAOTRU, "/api/v1/questions/" + thereId, secretary).status(),
                "another unit's question is not found");
        long responderId = responderId(TAMDAO, tamDaoSecretary, "traloi.tamdao");
        PortalClient.Reply routed = client.post(TAMDAO, "/api/v1/questions/" + thereId + "/route", tamDaoSecretary,
                "{\"responderId\":" + responderId + "}");
        assertEquals(200, routed.status(), routed.body());
        assertEquals("ROUTED", routed.json().getString("state"));
        assertEquals(422, client.post(TAMDAO, "/api/v1/questions/" + thereId + "/route", tamDaoSecretary,
                "{\"responderId\":" + responderId(DAOTRU, secretary, "traloi.daotru") + "}").status(),
                "another unit's responder is not this unit's");

        PortalClient.Reply opened = client.post(TAMDAO, "/api/v1/questions/" + thereId + "/identity", responder,
                "{}");
        assertEquals(200, opened.status(), opened.body());
        assertEquals(PHONE, opened.json().getString("phone"), "the responder opens the asker's phone to call back");
        PortalClient.Reply answered = client.post(TAMDAO, "/api/v1/questions/" + thereId + "/answer", responder,
                "{\"text\":\"Huyện đã giao Ban Quản lý dự án sửa hệ thống đèn trong tháng này.\"}");
        assertEquals(200, answered.status(), answered.body());
        assertEquals(403, client.post(TAMDAO, "/api/v1/questions/publish", responder, "{\"ids\":[" + thereId + "]}")
                .status(), "the responder answers, the secretariat publishes");
        PortalClient.Reply published = client.post(TAMDAO, "/api/v1/questions/publish", tamDaoSecretary,
                "{\"ids\":[" + thereId + "]}");
        assertEquals(200, published.status(), published.body());

        PortalClient.Reply list = client.get(TAMDAO, "/hoi-dap?q=den+chieu+sang+" + stamp, null);
        assertEquals(200, list.status());
        assertTrue(list.body().contains(subject) && list.body().contains("Ban Quản lý dự án"), list.body());
        assertTrue(list.body().contains("0912••••78") && list.body().contains("N. T. Lan"),
                "the asker shows masked: " + list.body());
        PortalClient.Reply answerShown = client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + asked.code() + "&khoa="
                + asked.key(), asked.address(), null, null);
        assertEquals(200, answerShown.status());
        PortalClient.Reply answerThere = client.citizen(TAMDAO, "/hoi-dap/tra-cuu?ma=" + there + "&khoa="
                + asked.key(), asked.address(), null, null);
        assertTrue(answerThere.body().contains("Ban Quản lý dự án") && answerThere.body().contains("Ngô Văn Tâm"),
                "the asker reads the answer and who gave it");
        assertEquals(409, client.post(TAMDAO, "/api/v1/questions/" + thereId + "/answer", responder,
                "{\"text\":\"Sửa sau khi công bố\"}").status(), "a published answer is not rewritten");

        assertTrue(Poll.until(Duration.ofSeconds(20), () -> questions.mailAbout(there) != null),
                "the asker is told of the transfer and of the answer by e-mail");
        String mail = GreenMailUtil.getBody(questions.mailAbout(there)).replace("=\r\n", "").replace("=3D", "=");
        assertTrue(mail.contains("/hoi-dap/tra-cuu?ma="), "the e-mail links to the status page: " + mail);

        for (String host : List.of(DAOTRU, TAMDAO)) {
            for (String path : List.of("/", "/hoi-dap", "/chuyen-muc/hoi-dap", "/hoi-dap?q=" + stamp, "/van-ban",
                    "/danh-muc-thong-tin", "/api/v1/questions/published?max=100")) {
                String page = client.get(host, path, null).body();
                for (String secret : List.of("026190001234", "0912345678", PHONE, EMAIL, "Thôn Đồng Bùa",
                        "Nguyễn Thị Lan")) {
                    assertFalse(page.contains(secret), host + path + " shows no identity field whole: " + secret);
                }
            }
        }
    }

    void anAbusiveQuestionIsDroppedByTheHeadAndADuplicateMergedBothToldOnTheStatusPage() {
        QuestionChecks.Asked kept = questions.ask("Giờ làm việc Bộ phận Một cửa " + System.nanoTime(), PHONE, "");
        QuestionChecks.Asked duplicate = questions.ask("Giờ làm việc Một cửa (lần hai) " + System.nanoTime(), PHONE,
                "");
        QuestionChecks.Asked abusive = questions.ask("Lời lẽ không phù hợp " + System.nanoTime(), PHONE, "");
        String secretary = client.token(DAOTRU, "thuky.daotru");
        String head = client.token(DAOTRU, "truongban.daotru");
        long abusiveId = idOf(DAOTRU, secretary, abusive.code());
        assertEquals(403, client.post(DAOTRU, "/api/v1/questions/" + abusiveId + "/drop", secretary,
                "{\"reason\":\"Xúc phạm\"}").status(), "dropping is the heads' decision (ND Art. 22.6)");
        assertEquals(422, client.post(DAOTRU, "/api/v1/questions/" + abusiveId + "/drop", head,
                "{\"reason\":\"\"}").status());
        assertEquals(200, client.post(DAOTRU, "/api/v1/questions/" + abusiveId + "/drop", head,
                "{\"reason\":\"Nội dung có lời lẽ xúc phạm (NĐ Điều 22.6)\"}").status());
        PortalClient.Reply dropped = client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + abusive.code() + "&khoa="
                + abusive.key(), abusive.address(), null, null);
        assertTrue(dropped.body().contains("Không xử lý") && dropped.body().contains("lời lẽ xúc phạm"));

        long duplicateId = idOf(DAOTRU, secretary, duplicate.code());
        assertEquals(422, client.post(DAOTRU, "/api/v1/questions/" + duplicateId + "/merge", secretary,
                "{\"into\":\"" + duplicate.code() + "\"}").status(), "never into itself");
        assertEquals(422, client.post(DAOTRU, "/api/v1/questions/" + duplicateId + "/merge", secretary,
                "{\"into\":\"khong-phai-ma\"}").status());
        PortalClient.Reply merged = client.post(DAOTRU, "/api/v1/questions/" + duplicateId + "/merge", secretary,
                "{\"into\":\"" + kept.code() + "\"}");
        assertEquals(200, merged.status(), merged.body());
        PortalClient.Reply status = client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + duplicate.code() + "&khoa="
                + duplicate.key(), duplicate.address(), null, null);
        assertTrue(status.body().contains("Đã gộp") && status.body().contains(kept.code()), status.body());

        JsonObject queue = client.get(DAOTRU, "/api/v1/questions?filter=WAITING&max=200", secretary).json();
        List<String> waiting = queue.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("code")).toList();
        assertTrue(waiting.contains(kept.code()) && !waiting.contains(duplicate.code())
                && !waiting.contains(abusive.code()), "closed questions leave the waiting queue: " + waiting);
        assertEquals(401, client.get(DAOTRU, "/api/v1/questions", null).status());
        assertEquals(403, client.get(DAOTRU, "/api/v1/questions", client.token(DAOTRU, "bientap.daotru")).status(),
                "an editor has no desk");
    }

    private long idOf(String host, String token, String code) {
        PortalClient.Reply queue = client.get(host, "/api/v1/questions?filter=ALL&max=200", token);
        assertEquals(200, queue.status(), queue.body());
        JsonArray rows = queue.json().getJsonArray("rows");
        return rows.stream().map(JsonValue::asJsonObject).filter(r -> code.equals(r.getString("code")))
                .findFirst().map(r -> r.getJsonNumber("id").longValue())
                .orElseThrow(() -> new AssertionError(code + " on the desk of " + host + ": " + rows));
    }

    private long responderId(String host, String token, String username) {
        PortalClient.Reply responders = client.get(host, "/api/v1/questions/responders", token);
        assertEquals(200, responders.status(), responders.body());
        JsonObject found = ((JsonArray) responders.structure()).stream().map(JsonValue::asJsonObject)
                .filter(r -> username.equals(r.getString("username"))).findFirst().orElse(null);
        assertNotNull(found, responders.body());
        return found.getJsonNumber("accountId").longValue();
    }
}
