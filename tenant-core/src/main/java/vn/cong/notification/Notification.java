package vn.cong.notification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import vn.cong.platform.TenantOwned;

/**
 * A notification (thông báo) for one person in one unit's back office: a {@link Notice} addressed to an account,
 * with when it was made and when it was read. The message is kept as key and arguments, so that each person reads
 * it in the language of the back office they open.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "message_bundle", nullable = false)
    private String bundle;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    /** The arguments as a JSON array of strings. */
    @Lob
    @Column(name = "arguments")
    private String arguments;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long accountId, Notice notice, Instant createdAt) {
        this.accountId = accountId;
        this.kind = notice.kind();
        this.bundle = notice.bundle();
        this.messageKey = notice.key();
        this.arguments = encode(notice.arguments());
        this.link = notice.link();
        this.createdAt = createdAt;
    }

    public Notice notice() {
        return new Notice(kind, bundle, messageKey, decode(arguments), link);
    }

    public String message(String language) {
        return notice().message(language);
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    private static String encode(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    private static List<String> decode(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
