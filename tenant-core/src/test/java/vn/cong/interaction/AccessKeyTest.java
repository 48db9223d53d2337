package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessKeyTest {

    @Test
    void aFreshKeyReadsBackFromItsLinkAndMatchesOnlyItsOwnHash() {
        AccessKey key = AccessKey.fresh();
        assertEquals(22, key.value().length());
        assertEquals(key, AccessKey.parse(key.value()).orElseThrow());
        assertTrue(key.matches(key.hash()));
        assertFalse(AccessKey.fresh().matches(key.hash()));
        assertNotEquals(key.value(), AccessKey.fresh().value());
        assertFalse(key.toString().contains(key.value()), "never in a log line");
    }

    @Test
    void anythingElseIsNoKey() {
        assertTrue(AccessKey.parse(null).isEmpty());
        assertTrue(AccessKey.parse("short").isEmpty());
        assertTrue(AccessKey.parse("abcdefghijklmnopqrstu!").isEmpty());
        assertTrue(AccessKey.parse("abcdefghijklmnopqrstuvw").isEmpty());
    }
}
