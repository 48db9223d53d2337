package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.altcha.altcha.Altcha;

/**
 * Citizens' questions through the portal's own form, as a browser without script sends it (and with the
 * proof-of-work solved, as the widget does): the tracking code and status page, refusals that save nothing, the
 * form token, the per-address limits, and numbering under concurrent submissions. Run from {@link PlatformIT}.
 */
final class QuestionChecks {

    static final String FORM = "/hoi-dap/dat-cau-hoi";
    private static final Pattern LOCATION = Pattern.compile(
            "/hoi-dap/tra-cuu\\?ma=(PAKN\\.\\d{8}\\.(\\d{4,6}))&khoa=([A-Za-z0-9_-]{22})&moi=1");
    private static final Pattern TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final PortalClient client;
    private final GreenMail smtp;

    QuestionChecks(PortalClient client, GreenMail smtp) {
        this.client = client;
        this.smtp = smtp;
    }

    /** A form opened from a fresh address: its cookie and token. */
    private record OpenForm(String address, String cookie, String token) {
    }

    /** Each check's sendings from addresses of their own, so that no check spends another's allowance. */
    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    private OpenForm open() {
        String address = freshAddress();
        PortalClient.Reply page = client.citizen(DAOTRU, FORM, address, null, null);
        assertEquals(200, page.status(), page.body());
        assertEquals("no-store", page.header("Cache-Control").orElse(""));
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cong-form="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("the form sets its cookie"));
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(token.find(), "the form carries its token");
        return new OpenForm(address, cookie, token.group(1));
    }

    private static Map<String, String> question(String token, String subject, String phone, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_form", token);
        fields.put("nguoi-hoi", "ca-nhan");
        fields.put("ho-ten", "Nguyễn Thị Lan");
        fields.put("quoc-tich", "Việt Nam");
        fields.put("so-giay-to", "026190001234");
        fields.put("dia-chi", "Thôn Đồng Bùa, xã Đạo Trù");
        fields.put("dien-thoai", phone);
        fields.put("email", email);
        fields.put("tieu-de", subject);
        fields.put("cau-hoi", "Xin hỏi thủ tục đăng ký khai sinh cho con tại xã cần những giấy tờ gì?");
        return fields;
    }

    /** A question asked on Đạo Trù as a browser without script sends it: its code, the status key, the address. */
    record Asked(String code, String key, String address) {
    }

    Asked ask(String subject, String phone, String email) {
        OpenForm form = open();
        Matcher receipt = sent(client.citizen(DAOTRU, FORM, form.address(), form.cookie(),
                question(form.token(), subject, phone, email)));
        return new Asked(receipt.group(1), receipt.group(3), form.address());
    }

    /** The asker's identity as {@link #question} sends it: none of it may show whole on a public page. */
    static final List<String> IDENTITY = List.of("026190001234", "Thôn Đồng Bùa", "Nguyễn Thị Lan");

    private Matcher sent(PortalClient.Reply reply) {
        assertEquals(303, reply.status(), reply.body());
        Matcher location = LOCATION.matcher(reply.header("Location").orElse(""));
        assertTrue(location.matches(), "to the status page with code and key: " + reply.header("Location"));
        return location;
    }

    void aQuestionSentWithoutScriptGetsItsCodeAndItsStatusOpensOnlyWithItsKeyOrPhone() throws Exception {
        OpenForm form = open();
        String subject = "Khai sinh " + System.nanoTime();
        Matcher receipt = sent(client.citizen(DAOTRU, FORM, form.address(), form.cookie(),
                question(form.token(), subject, "0912 345 678", "lan.nguyen@example.vn")));
        String code = receipt.group(1);
        String key = receipt.group(3);

        PortalClient.Reply status = client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + code + "&khoa=" + key + "&moi=1",
                form.address(), null, null);
        assertEquals(200, status.status(), status.body());
        assertTrue(status.body().contains(code) && status.body().contains(subject), status.body());
        assertTrue(status.body().contains("Đã tiếp nhận"), "the state, in Vietnamese");
        assertEquals("no-store", status.header("Cache-Control").orElse(""));
        for (String secret : List.of("026190001234", "0912 345 678", "lan.nguyen@example.vn", "Đồng Bùa")) {
            assertFalse(status.body().contains(secret), "the status page shows no identity: " + secret);
        }
        String wrongKey = key.substring(0, 21) + (key.charAt(21) == 'A' ? 'B' : 'A');
        assertEquals(404, client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + code + "&khoa=" + wrongKey,
                form.address(), null, null).status());
        assertEquals(200, client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + code.toLowerCase().replace('.', ' ')
                .replace(" ", "%20") + "&dien-thoai=%2B84912345678", form.address(), null, null).status(),
                "the code as typed, the phone with the country code");
        assertEquals(404, client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=" + code + "&dien-thoai=0912345679",
                form.address(), null, null).status());
        assertEquals(400, client.citizen(DAOTRU, "/hoi-dap/tra-cuu?ma=khong-phai-ma&dien-thoai=0912345678",
                form.address(), null, null).status());

        assertTrue(Poll.until(Duration.ofSeconds(20), () -> mailAbout(code) != null), "the receipt is e-mailed");
        MimeMessage mail = mailAbout(code);
        assertEquals("lan.nguyen@example.vn", mail.getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=")
                .contains("/hoi-dap/tra-cuu?ma=" + code + "&khoa=" + key), "the e-mail links to the status page");
    }

    void badInputGetsVietnameseMessagesKeepsWhatWasTypedAndSavesNothing() {
        OpenForm form = open();
        int before = Integer.parseInt(sent(client.citizen(DAOTRU, FORM, freshAddress(), form.cookie(),
                question(form.token(), "Trước " + System.nanoTime(), "0912345678", ""))).group(2));
        Map<String, String> bad = question(form.token(), "", "số điện thoại", "không-phải-thư");
        bad.remove("so-giay-to");
        bad.put("cau-hoi", "x".repeat(10_001));
        PortalClient.Reply refused = client.citizen(DAOTRU, FORM, freshAddress(), form.cookie(), bad);
        assertEquals(422, refused.status());
        for (String message : List.of("Hãy ghi tiêu đề câu hỏi.", "Số điện thoại không đúng",
                "Địa chỉ thư điện tử không đúng", "Hãy ghi số căn cước", "Nội dung tối đa 10.000 ký tự.",
                "Chưa có gì được gửi đi.")) {
            assertTrue(refused.body().contains(message), "says: " + message);
        }
        assertTrue(refused.body().contains("value=\"Nguyễn Thị Lan\"") && refused.body().contains("Đồng Bùa"),
                "what was typed is kept");
        PortalClient.Reply unknownField = client.citizen(DAOTRU, FORM, freshAddress(), form.cookie(),
                withField(question(form.token(), "Lĩnh vực lạ", "0912345678", ""), "khong-co"));
        assertEquals(422, unknownField.status());
        assertTrue(unknownField.body().contains("Lĩnh vực khong-co không có trong danh mục"), unknownField.body());
        int after = Integer.parseInt(sent(client.citizen(DAOTRU, FORM, freshAddress(), form.cookie(),
                question(form.token(), "Sau " + System.nanoTime(), "0912345678", ""))).group(2));
        assertEquals(before + 1, after, "no number was taken by the refusals (the checks run one at a time)");
    }

    private static Map<String, String> withField(Map<String, String> fields, String code) {
        fields.put("linh-vuc", code);
        return fields;
    }

    void aFormWithoutItsCookieOrTokenIsRefusedAndItsTextKept() {
        OpenForm form = open();
        PortalClient.Reply noCookie = client.citizen(DAOTRU, FORM, form.address(), null,
                question(form.token(), "Không cookie", "0912345678", ""));
        assertEquals(400, noCookie.status());
        assertTrue(noCookie.body().contains("Biểu mẫu đã hết hạn") && noCookie.body().contains("Không cookie"));
        Map<String, String> forged = question(form.token().substring(0, form.token().length() - 2) + "xx",
                "Giả mạo", "0912345678", "");
        assertEquals(400, client.citizen(DAOTRU, FORM, form.address(), form.cookie(), forged).status());
        OpenForm other = open();
        assertEquals(400, client.citizen(DAOTRU, FORM, form.address(), other.cookie(),
                question(form.token(), "Cookie khác", "0912345678", "")).status(), "a token of another browser");
    }

    void withoutTheChallengeAnAddressSendsThreeAnHourAndASolvedChallengeCountsOnce() throws Exception {
        OpenForm form = open();
        for (int i = 1; i <= 3; i++) {
            sent(client.citizen(DAOTRU, FORM, form.address(), form.cookie(),
                    question(form.token(), "Không script " + i, "0912345678", "")));
        }
        PortalClient.Reply fourth = client.citizen(DAOTRU, FORM, form.address(), form.cookie(),
                question(form.token(), "Không script 4", "0912345678", ""));
        assertEquals(429, fourth.status());
        assertTrue(Long.parseLong(fourth.header("Retry-After").orElse("0")) > 60);
        assertTrue(fourth.body().contains("gửi quá nhiều lần") && fourth.body().contains("Không script 4"));

        String solution = solve(form.address());
        Map<String, String> withChallenge = question(form.token(), "Có script", "0912345678", "");
        withChallenge.put("altcha", solution);
        sent(client.citizen(DAOTRU, FORM, form.address(), form.cookie(), withChallenge));
        PortalClient.Reply replayed = client.citizen(DAOTRU, FORM, form.address(), form.cookie(), withChallenge);
        assertEquals(400, replayed.status(), "a solution is used once");
        assertTrue(replayed.body().contains("Không xác minh được trình duyệt"));
        Map<String, String> wrong = question(form.token(), "Sai lời giải", "0912345678", "");
        wrong.put("altcha", Base64.getEncoder().encodeToString("{\"number\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, client.citizen(DAOTRU, FORM, form.address(), form.cookie(), wrong).status());
    }

    void concurrentQuestionsToOneUnitGetConsecutiveNumbers() throws Exception {
        int count = 12;
        List<OpenForm> forms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            forms.add(open());
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PortalClient.Reply>> replies = new ArrayList<>();
            for (OpenForm form : forms) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return client.citizen(DAOTRU, FORM, form.address(), form.cookie(),
                            question(form.token(), "Cùng lúc " + form.address(), "0912345678", ""));
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<PortalClient.Reply> reply : replies) {
                numbers.add(Integer.parseInt(sent(reply.get()).group(2)));
            }
            numbers.sort(null);
            for (int i = 1; i < count; i++) {
                assertEquals(numbers.get(0) + i, numbers.get(i), "consecutive, none twice: " + numbers);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the widget does: fetch a challenge, find its number, send the solution as Base64 JSON. */
    private String solve(String address) throws Exception {
        PortalClient.Reply reply = client.citizen(DAOTRU, "/xac-minh", address, null, null);
        assertEquals(200, reply.status());
        JsonObject challenge = reply.json();
        Altcha.Solution solution = Altcha.solveChallenge(challenge.getString("challenge"), challenge.getString("salt"),
                Altcha.Algorithm.SHA256, challenge.getJsonNumber("maxnumber").longValue(), 0);
        assertNotNull(solution, "the challenge is solvable within its maximum");
        String json = "{\"algorithm\":\"" + challenge.getString("algorithm") + "\",\"challenge\":\""
                + challenge.getString("challenge") + "\",\"number\":" + solution.number + ",\"salt\":\""
                + challenge.getString("salt") + "\",\"signature\":\"" + challenge.getString("signature") + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    MimeMessage mailAbout(String code) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(code);
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElse(null);
    }
}
