package vn.cong.editorial;

import vn.cong.platform.DomainException;
import vn.cong.platform.VietnameseText;

/**
 * Who an item's content comes from (MIC Art. 9.3, VP Art. 4.4, BNV Art. 3.5–3.6): quoted or re-used content names
 * its source, its author and the written permission of the source (số văn bản cho phép); everything published
 * carries a source line ("Nguồn: …"), the unit itself when it wrote the item.
 */
public record Attribution(boolean quoted, String source, String author, String permissionRef) {

    public Attribution {
        source = clean(source);
        author = clean(author);
        permissionRef = clean(permissionRef);
    }

    /** 422 when quoted content does not name its source, author and permission. */
    public Attribution requireComplete() {
        if (quoted && (source == null || author == null || permissionRef == null)) {
            throw new DomainException(422, "item.attribution.incomplete");
        }
        return this;
    }

    /** The source citizens read: the named source, or the unit that wrote the item. */
    public String sourceOr(String unitName) {
        return source == null ? unitName : source;
    }

    private static String clean(String text) {
        String nfc = VietnameseText.nfc(text);
        return nfc == null || nfc.isEmpty() ? null : nfc;
    }
}
