package vn.cong.admin.catalog;

import java.io.Serializable;

/** One line of the catalog tree in the editor, already in the person's language. */
public record CategoryRow(long id, String code, String name, String otherName, String form, String legalBasis,
                          String rules, String retention, boolean hidden, boolean changed, boolean local,
                          boolean retired, boolean mandatory, boolean englishRequired, String changes)
        implements Serializable {
}
