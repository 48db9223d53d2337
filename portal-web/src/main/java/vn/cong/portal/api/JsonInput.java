package vn.cong.portal.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import vn.cong.platform.DomainException;

/**
 * What every JSON body of the API must be before any resource binds it: well-formed, at most {@code maxBytes}
 * long, its integers within 64 bits (JSON-B would otherwise wrap 99999999999999999999 into some other id), and
 * its strings free of control characters other than tab and line breaks (they are never text a person typed,
 * and they break pages, exports and logs), and of the shape the operation takes — an object where it takes an
 * object (JSON-B would bind {@code []} as an empty map and save nothing, answering 200), a list where a list. One pass
 * of the streaming parser; a refusal names the problem.
 */
final class JsonInput {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private JsonInput() {
    }

    /** What the operation binds the body to. */
    enum Shape { OBJECT, ARRAY, ANY }

    static void check(byte[] json, int maxBytes, Shape expected) {
        if (json.length > maxBytes) {
            throw new DomainException(413, "request.too-large", maxBytes / 1024);
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
            boolean first = true;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first) {
                    requireShape(event, expected);
                    first = false;
                }
                if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.KEY_NAME)
                        && hasControlCharacter(parser.getString())) {
                    throw new DomainException(422, "request.control-characters");
                }
                if (event == JsonParser.Event.VALUE_NUMBER && parser.isIntegralNumber() && outOfRange(parser.getBigDecimal())) {
                    throw new DomainException(422, "request.number-out-of-range");
                }
            }
        } catch (JsonParsingException e) {
            throw new DomainException(400, "request.malformed");
        }
    }

    private static void requireShape(JsonParser.Event start, Shape expected) {
        if (expected == Shape.OBJECT && start != JsonParser.Event.START_OBJECT) {
            throw new DomainException(422, "request.object-expected");
        }
        if (expected == Shape.ARRAY && start != JsonParser.Event.START_ARRAY) {
            throw new DomainException(422, "request.array-expected");
        }
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    private static boolean outOfRange(BigDecimal number) {
        return number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0;
    }
}
