package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.DAOTRU;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's rating form (/danh-gia, a survey form like any other) on MariaDB, sent as a browser without script
 * sends it: an option the question does not have and a sending without the required answers are answered 422 in
 * Vietnamese and save nothing; a good sending counts once in the published statistics; a second one from the same
 * address is refused (409) and counts nothing. Run from {@link PlatformIT}.
 */
final class SurveyChecks {

    private static final Pattern TOKEN = Pattern.compile("name=\"_form\" value=\"([^\"]+)\"");
    private static final Pattern OPTION = Pattern.compile("type=\"radio\" name=\"q(\\d+)\" value=\"(\\d+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final PortalClient client;

    SurveyChecks(PortalClient client) {
        this.client = client;
    }

    private record Opened(String address, String cookie, String token, Map<String, String> firstOptions) {
    }

    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    private Opened open(String address) {
        PortalClient.Reply page = client.citizen(DAOTRU, "/danh-gia", address, null, null);
        assertEquals(200, page.status(), page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cong-form="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(token.find(), "the form carries its token");
        Map<String, String> firstOptions = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(page.body());
        while (option.find()) {
            firstOptions.putIfAbsent("q" + option.group(1), option.group(2));
        }
        assertEquals(4, firstOptions.size(), "interface, content, quality, support: " + firstOptions);
        return new Opened(address, cookie, token.group(1), firstOptions);
    }

    private long ratings() {
        return client.get(DAOTRU, "/api/v1/surveys/portal-rating", null).json().getJsonNumber("answers").longValue();
    }

    private PortalClient.Reply send(Opened page, Map<String, String> answers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_form", page.token());
        fields.putAll(answers);
        return client.citizen(DAOTRU, "/danh-gia", page.address(), page.cookie(), fields);
    }

    void aRatingsBadInputGetsVietnameseMessagesSavesNothingAndAnAddressRatesOnce() {
        long before = ratings();
        Opened page = open(freshAddress());

        Map<String, String> unknownOption = new LinkedHashMap<>(page.firstOptions());
        String first = unknownOption.keySet().iterator().next();
        unknownOption.put(first, "999");
        PortalClient.Reply refused = send(page, unknownOption);
        assertEquals(422, refused.status(), refused.body());
        for (String message : List.of("Lựa chọn không có trong câu hỏi này; hãy chọn lại.",
                "Có 1 câu hỏi chưa trả lời đúng; hãy xem các câu được đánh dấu rồi gửi lại. Chưa có gì được gửi đi.")) {
            assertTrue(refused.body().contains(message), "says: " + message);
        }
        assertEquals(before, ratings(), "the refused sending saved nothing");

        PortalClient.Reply empty = send(page, Map.of());
        assertEquals(422, empty.status(), empty.body());
        assertTrue(empty.body().contains("Có 4 câu hỏi chưa trả lời đúng") && empty.body().contains(
                "Hãy trả lời câu hỏi này."), "each of the four required questions is marked: " + empty.body());
        assertEquals(before, ratings(), "the empty sending saved nothing");

        Opened another = open(freshAddress());
        PortalClient.Reply taken = send(another, another.firstOptions());
        assertEquals(303, taken.status(), taken.body());
        assertTrue(taken.header("Location").orElse("").endsWith("?da-gui=1"), taken.header("Location").toString());
        assertEquals(before + 1, ratings(), "the good sending counts once");

        PortalClient.Reply again = send(open(another.address()), another.firstOptions());
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("mỗi địa chỉ mạng chỉ gửi được một phiếu"), again.body());
        assertFalse(again.body().contains("Exception"), "no stack trace");
        assertEquals(before + 1, ratings(), "the second sending from the address counts nothing");
    }
}
