package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientOriginTest {

    private static final Set<String> PROXY = Set.of("10.0.0.2");

    @Test
    void forwardedHeadersFromAnyoneButATrustedProxyAreIgnored() {
        assertEquals("203.0.113.7", ClientOrigin.address("203.0.113.7", "1.2.3.4", PROXY));
        assertEquals("203.0.113.7", ClientOrigin.address("203.0.113.7", "1.2.3.4", Set.of()));
        assertFalse(ClientOrigin.isHttps(false, "203.0.113.7", "https", PROXY));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressCounts() {
        assertEquals("198.51.100.4", ClientOrigin.address("10.0.0.2", "6.6.6.6, 198.51.100.4", PROXY),
                "the left part is whatever the client claimed");
        assertEquals("198.51.100.4", ClientOrigin.address("10.0.0.2", "198.51.100.4, 10.0.0.2", PROXY));
        assertTrue(ClientOrigin.isHttps(false, "10.0.0.2", "HTTPS", PROXY));
        assertFalse(ClientOrigin.isHttps(false, "10.0.0.2", "http", PROXY));
        assertTrue(ClientOrigin.isHttps(true, "203.0.113.7", null, Set.of()));
    }
}
