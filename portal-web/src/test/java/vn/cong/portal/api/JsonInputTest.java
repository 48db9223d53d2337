package vn.cong.portal.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

class JsonInputTest {

    private static void check(String json) {
        JsonInput.check(json.getBytes(StandardCharsets.UTF_8), 1024, JsonInput.Shape.ANY);
    }

    private static DomainException refusal(String json) {
        return assertThrows(DomainException.class, () -> check(json));
    }

    @Test
    void vietnameseTextWithLineBreaksAndTabsAndLongIdsPasses() {
        assertDoesNotThrow(() -> check("{\"title\":\"Đường\\tlàng\\r\\nngõ xóm\",\"ids\":[9223372036854775807,-9223372036854775808],"
                + "\"rate\":1.5e300,\"nested\":{\"ok\":true,\"none\":null}}"));
    }

    @Test
    void controlCharactersInValuesOrKeysAre422() {
        assertEquals("request.control-characters", refusal("{\"title\":\"Tin\\u0000\"}").messageKey());
        assertEquals(422, refusal("{\"title\":\"Tin\\u001b[31m\"}").status());
        assertEquals(422, refusal("{\"a\\u0007\":1}").status());
        assertEquals(422, refusal("[\"\\u0085\"]").status(), "C1 controls too");
    }

    @Test
    void integersBeyond64BitsAre422WhereBindingWouldWrapThem() {
        assertEquals("request.number-out-of-range", refusal("{\"itemIds\":[99999999999999999999]}").messageKey());
        assertEquals(422, refusal("{\"id\":9223372036854775808}").status());
        assertEquals(422, refusal("{\"id\":-9223372036854775809}").status());
    }

    @Test
    void aListWhereTheOperationTakesAnObjectIs422AndTheOtherWayRound() {
        DomainException list = assertThrows(DomainException.class, () -> JsonInput.check(
                "[]".getBytes(StandardCharsets.UTF_8), 1024, JsonInputGuard.shapeOf(java.util.Map.class)));
        assertEquals("request.object-expected", list.messageKey());
        assertEquals(422, list.status());
        assertEquals(422, assertThrows(DomainException.class, () -> JsonInput.check(
                "\"SUBMIT\"".getBytes(StandardCharsets.UTF_8), 1024, JsonInputGuard.shapeOf(Record.class))).status());
        assertEquals("request.array-expected", assertThrows(DomainException.class, () -> JsonInput.check(
                "{}".getBytes(StandardCharsets.UTF_8), 1024, JsonInputGuard.shapeOf(java.util.List.class))).messageKey());
        assertDoesNotThrow(() -> JsonInput.check("{\"a\":[]}".getBytes(StandardCharsets.UTF_8), 1024,
                JsonInputGuard.shapeOf(java.util.Map.class)));
        assertEquals(JsonInput.Shape.ANY, JsonInputGuard.shapeOf(String.class));
    }

    @Test
    void brokenJsonIs400AndALargeBodyIs413() {
        assertEquals(400, refusal("{\"title\": \"Tin chưa đóng").status());
        assertEquals("request.malformed", refusal("{\"a\":1,}").messageKey());
        DomainException large = refusal("{\"body\":\"" + "x".repeat(1100) + "\"}");
        assertEquals(413, large.status());
        assertEquals("request.too-large", large.messageKey());
    }
}
