package vn.cong.portal.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** A rendered public page as sent: body bytes, content type, a strong ETag and its Last-Modified date. */
public record CachedPage(byte[] body, String contentType, String etag, String lastModified) {

    static CachedPage of(byte[] body, String contentType, Instant renderedAt) {
        return new CachedPage(body, contentType, etagOf(body),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(renderedAt.atOffset(ZoneOffset.UTC)));
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
