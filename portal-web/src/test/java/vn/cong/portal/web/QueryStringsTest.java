package vn.cong.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryStringsTest {

    /** The bytes as they come off the wire, one char per byte, as the front door reads them. */
    private static String wire(byte... bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String wire(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void ordinaryQueriesPass() {
        assertTrue(QueryStrings.isWellFormed(null));
        assertTrue(QueryStrings.isWellFormed(""));
        assertTrue(QueryStrings.isWellFormed("q=nghi+dinh&page=2"));
        assertTrue(QueryStrings.isWellFormed("q=ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh"), "percent-encoded Vietnamese");
        assertTrue(QueryStrings.isWellFormed(wire("q=nghị định")), "raw UTF-8 Vietnamese");
        assertTrue(QueryStrings.isWellFormed("discount=50%"), "a lone percent sign is text, not an escape");
        assertTrue(QueryStrings.isWellFormed("a=%zz"), "an invalid escape is left as text");
    }

    @Test
    void rawBytesThatAreNotUtf8AreRefused() {
        assertFalse(QueryStrings.isWellFormed(wire((byte) 'x', (byte) '=', (byte) 0xFF)));
        assertFalse(QueryStrings.isWellFormed(wire((byte) 'q', (byte) '=', (byte) 0xC3, (byte) 0x28)));
    }

    @Test
    void escapesThatDecodeToBrokenUtf8AreRefused() {
        assertFalse(QueryStrings.isWellFormed("x=%FF"));
        assertFalse(QueryStrings.isWellFormed("q=%C3%28"));
        assertFalse(QueryStrings.isWellFormed("q=%E1%BB"), "a sequence cut short");
    }
}
