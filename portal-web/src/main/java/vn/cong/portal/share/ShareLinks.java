package vn.cong.portal.share;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Share links for Facebook and Zalo as plain links (issue #12.5): the citizen's browser opens the network's own
 * sharing page with the address of ours, and nothing of theirs is loaded on our pages — no script, no frame, no
 * pixel that would tell them who reads what. Facebook's is its documented sharer address; Zalo documents only its
 * script button, whose frame opens {@code button-share.zalo.me/share_external} with the page's address as Base64 JSON
 * in {@code d} — the same address, opened by a plain link, is what script-free sites use.
 */
@Named("share")
@ApplicationScoped
public class ShareLinks {

    static final String FACEBOOK = "https://www.facebook.com/sharer/sharer.php?u=";
    static final String ZALO = "https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false"
            + "&shareType=0&d=";

    public String facebook(String pageUrl) {
        return FACEBOOK + encode(pageUrl);
    }

    public String zalo(String pageUrl) {
        String payload = "{\"url\":\"" + pageUrl.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return ZALO + encode(Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
