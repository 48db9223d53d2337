package vn.cong.royalty;

import java.util.Locale;
import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;

/**
 * Who is paid: an account of the unit, or an outside collaborator (cộng tác viên ngoài) known only by name. The
 * {@link #key()} identifies the person across items and months on the sheet: {@code A:<account id>} or
 * {@code N:<name>} (NFC, lower case, single spaces), so "Nguyễn Văn An" typed twice is one person.
 */
public record Contributor(Long accountId, String collaboratorName) {

    static final int MAX_NAME = 255;

    public Contributor {
        if (accountId == null) {
            String name = collaboratorName == null ? "" : VietnameseText.nfc(collaboratorName).strip().replaceAll("\\s+", " ");
            if (name.isEmpty() || name.length() > MAX_NAME) {
                throw new DomainException(422, "royalty.contributor.name-required");
            }
            collaboratorName = name;
        } else {
            collaboratorName = null;
        }
    }

    public static Contributor account(long accountId) {
        return new Contributor(accountId, null);
    }

    public static Contributor outside(String name) {
        return new Contributor(null, name);
    }

    public boolean isAccount() {
        return accountId != null;
    }

    public String key() {
        return accountId != null ? "A:" + accountId : "N:" + collaboratorName.toLowerCase(Locale.ROOT);
    }
}
