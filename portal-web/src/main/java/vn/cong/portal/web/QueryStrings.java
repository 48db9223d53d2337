package vn.cong.portal.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request's raw query string can be read as UTF-8 — as sent, and after percent-decoding. Grizzly
 * otherwise fails deep inside parameter parsing (a {@code CharConversionException}, a 500) on every route; the
 * {@link FrontDoor} answers 400 instead, before anything reads a parameter.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    /** {@code raw}: the query string's bytes, one per char (ISO-8859-1), as they came off the wire. */
    static boolean isWellFormed(String raw) {
        if (raw == null || raw.isEmpty()) {
            return true;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        boolean ascii = true;
        boolean escaped = false;
        for (byte b : bytes) {
            ascii &= b >= 0;
            escaped |= b == '%';
        }
        if (!ascii && !isUtf8(bytes)) {
            return false;
        }
        return !escaped || isUtf8(percentDecoded(bytes));
    }

    private static byte[] percentDecoded(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            int high = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int low = high < 0 ? -1 : Character.digit(bytes[i + 2], 16);
            if (low >= 0) {
                out[n++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                out[n++] = bytes[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
