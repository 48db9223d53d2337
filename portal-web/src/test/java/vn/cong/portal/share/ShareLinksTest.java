package vn.cong.portal.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ShareLinksTest {

    private final ShareLinks share = new ShareLinks();
    private final String page = "http://daotru.tamdao.vinhphuc.localhost:8080/bai-viet/le-hoi-den-tran?x=1&y=\"2\"";

    @Test
    void facebookGetsThePageAddressEncodedInU() {
        String link = share.facebook(page);
        assertTrue(link.startsWith("https://www.facebook.com/sharer/sharer.php?u="));
        assertEquals(page, URLDecoder.decode(link.substring(link.indexOf("?u=") + 3), StandardCharsets.UTF_8));
        URI.create(link); // a valid address: nothing left unencoded
    }

    @Test
    void zaloGetsThePageAddressAsBase64JsonInD() {
        String link = share.zalo(page);
        assertTrue(link.startsWith("https://button-share.zalo.me/share_external?"));
        String d = URLDecoder.decode(link.substring(link.indexOf("&d=") + 3), StandardCharsets.UTF_8);
        String json = new String(Base64.getDecoder().decode(d), StandardCharsets.UTF_8);
        assertEquals("{\"url\":\"" + page.replace("\"", "\\\"") + "\"}", json);
        URI.create(link);
    }
}
