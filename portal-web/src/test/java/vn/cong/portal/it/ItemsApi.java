package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.cong.portal.it.PlatformIT.DAOTRU;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Items through the API as the integration checks need them: create, move along the board's workflow, look up. */
final class ItemsApi {

    private final PortalClient client;

    ItemsApi(PortalClient client) {
        this.client = client;
    }

    /** The current month in Vietnam, as the royalty API names months. */
    static String thisMonth() {
        return java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    long createItemIn(String host, String token, String title) {
        long category = publishedItems(host, token).getJsonObject(0).getJsonNumber("categoryId").longValue();
        PortalClient.Reply created = client.post(host, "/api/v1/items", token, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"Tóm tắt\",\"body\":\"<p>Nội dung</p>\","
                + "\"source\":\"UBND huyện\",\"authorName\":\"Thu Hà\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    long createItem(String token, String title) {
        // a news item's category: the demo's legal documents (structured fields) sit in categories not on the home page
        long category = publishedItems(DAOTRU, token).getValuesAs(JsonObject.class).stream()
                .filter(i -> !i.containsKey("fields") || i.getJsonObject("fields").isEmpty()).findFirst().orElseThrow()
                .getJsonNumber("categoryId").longValue();
        PortalClient.Reply created = client.post(DAOTRU, "/api/v1/items", token, "{\"categoryId\":" + category
                + ",\"title\":\"" + title + "\",\"summary\":\"Tóm tắt\",\"body\":\"<p>Nội dung<script>x()</script></p>\","
                + "\"source\":\"UBND xã Đạo Trù\",\"authorName\":\"Thu Hà\"}");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.json().getString("body").contains("script"), "rich text is sanitised");
        return created.json().getJsonNumber("id").longValue();
    }

    JsonArray publishedItems(String host, String token) {
        return (JsonArray) client.get(host, "/api/v1/items?state=PUBLISHED", token).structure();
    }

    /** A unit's id, read from its own published items with its administrator's token. */
    long unitIdOf(String host, String admin) {
        return publishedItems(host, client.token(host, admin)).getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    /** Submitted by its author, taken, approved and published by the secretariat. */
    void publishThroughTheBoard(String author, long id) {
        publish(DAOTRU, author, client.token(DAOTRU, "thuky.daotru"), id);
    }

    /** Along the board's workflow: the author submits; the secretariat takes, approves and publishes. */
    void publish(String host, String author, String secretary, long id) {
        for (String[] step : new String[][] {{author, "SUBMIT"}, {secretary, "TAKE"}, {secretary, "APPROVE"},
                {secretary, "PUBLISH"}}) {
            PortalClient.Reply reply = client.post(host, "/api/v1/items/" + id + "/transitions", step[0],
                    "{\"action\":\"" + step[1] + "\"}");
            assertEquals(200, reply.status(), step[1] + ": " + reply.body());
        }
    }

    PortalClient.Reply move(String token, long id, String json) {
        return client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", token, json);
    }

    String slugOf(String token, long id) {
        return client.get(DAOTRU, "/api/v1/items/" + id, token).json().getString("slug");
    }

    PortalClient.Reply transition(String token, long id, String action) {
        return client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", token, "{\"action\":\"" + action + "\"}");
    }
}
