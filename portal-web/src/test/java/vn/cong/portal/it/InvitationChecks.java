package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cong.portal.it.PlatformIT.TAMDAO;
import static vn.cong.portal.it.PlatformIT.VINHPHUC;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portal's first administrator is invited (issue #11.4): given an address and no password, the API shows no
 * password; the e-mail carries a one-time link to the new portal's host; the page it opens sets the password under
 * the policy, and works once.
 */
final class InvitationChecks {

    private static final String BO_LY = "boly.tamdao.vinhphuc.localhost";
    private static final String ADDRESS = "tran.van.binh@boly.vinhphuc.gov.vn";

    private final PortalClient client;
    private final GreenMail smtp;

    InvitationChecks(PortalClient client, GreenMail smtp) {
        this.client = client;
        this.smtp = smtp;
    }

    void anInvitedAdministratorChoosesAPasswordThroughTheMailedOneTimeLink() throws Exception {
        String dic = client.token(VINHPHUC, "qtri.sotttt");
        long tamDao = new ItemsApi(client).unitIdOf(TAMDAO, "admin.tamdao.vinhphuc");
        PortalClient.Reply created = client.post(VINHPHUC, "/api/v1/units", dic, "{\"parentId\":" + tamDao
                + ",\"level\":\"COMMUNE\",\"officialName\":\"Xã Bồ Lý\",\"admin\":{\"fullName\":\"Trần Văn Bình\","
                + "\"email\":\"" + ADDRESS + "\"}}");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.json().containsKey("adminInitialPassword")
                && !created.json().isNull("adminInitialPassword"), "no password is shown: " + created.body());
        assertEquals(ADDRESS, created.json().getJsonObject("invitation").getString("email"));
        PortalClient.Reply noPassword = client.post(BO_LY, "/api/v1/auth/token", null,
                "{\"username\":\"admin.boly.tamdao.vinhphuc\",\"password\":\"!\"}");
        assertEquals(401, noPassword.status(), "an invited account has no password until its owner chooses one");

        assertTrue(Poll.until(Duration.ofSeconds(60), () -> mailTo(ADDRESS) != null), "the invitation is e-mailed");
        MimeMessage mail = mailTo(ADDRESS);
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher link = Pattern.compile("https?://([^/\\s:]+)(?::\\d+)?(/admin/welcome\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(text);
        assertTrue(link.find(), text);
        assertEquals(BO_LY, link.group(1), "the link opens the new portal's back office");
        String path = link.group(2);

        PortalClient.Reply page = client.get(BO_LY, path, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Trần Văn Bình"), page.body());
        String cookie = page.sessionCookie().orElseThrow();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find());
        Map<String, String> fields = new LinkedHashMap<>(Map.of("welcomeForm", "welcomeForm", "token",
                path.substring(path.indexOf('=') + 1), "password", "Bồ Lý có cổng mới 2026", "confirmation",
                "Bồ Lý có cổng mới 2026", "choose", "", "jakarta.faces.ViewState", state.group(1)));
        PortalClient.Reply chosen = client.form(BO_LY, "/admin/welcome.xhtml", cookie, fields);
        assertEquals(302, chosen.status(), chosen.body());
        assertTrue(chosen.header("Location").orElse("").contains("/admin/login.xhtml"));

        PortalClient.Reply token = client.post(BO_LY, "/api/v1/auth/token", null,
                "{\"username\":\"admin.boly.tamdao.vinhphuc\",\"password\":\"Bồ Lý có cổng mới 2026\"}");
        assertEquals(200, token.status(), token.body());
        PortalClient.Reply again = client.get(BO_LY, path, null);
        assertTrue(again.body().contains("id=\"invalid\""), "the link works once");
    }

    private MimeMessage mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElse(null);
    }
}
