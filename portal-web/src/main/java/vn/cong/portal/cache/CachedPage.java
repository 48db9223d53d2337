package vn.cong.portal.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A rendered public page as sent: body bytes, content type, a strong ETag, its Last-Modified date, and the
 * response headers the application set on it (security headers), which the {@link EdgeHandler} replays.
 */
public record CachedPage(byte[] body, String contentType, String etag, String lastModified,
                         List<Map.Entry<String, String>> headers) {

    static CachedPage of(byte[] body, String contentType, Instant renderedAt) {
        return of(body, contentType, renderedAt, List.of());
    }

    static CachedPage of(byte[] body, String contentType, Instant renderedAt,
                         List<Map.Entry<String, String>> headers) {
        return new CachedPage(body, contentType, etagOf(body),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(renderedAt.atOffset(ZoneOffset.UTC)), List.copyOf(headers));
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when an If-None-Match header names this version. */
    boolean matches(String ifNoneMatch) {
        return ifNoneMatch != null && (ifNoneMatch.contains(etag) || "*".equals(ifNoneMatch.strip()));
    }

    @Override
    public String toString() {
        return "CachedPage[" + new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8) + "…]";
    }
}
