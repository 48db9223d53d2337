package vn.cong.provisioning.importing;

import vn.cong.platform.Messages;
import vn.cong.tenancy.UnitImportRow;

/** A row's skip or refusal in a language ("vi", "en"), for the API and the report alike. */
public final class ImportMessages {

    private ImportMessages() {
    }

    /** Arguments are stored as text; a message that formats a number gets them back as numbers. */
    public static String of(UnitImportRow row, String language) {
        try {
            return Messages.format(language, row.getMessageKey(), row.messageArguments().toArray());
        } catch (IllegalArgumentException textWhereANumberGoes) {
            Object[] numbers = row.messageArguments().stream()
                    .map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.parseLong(a) : a).toArray();
            return Messages.format(language, row.getMessageKey(), numbers);
        }
    }

    static String vietnamese(UnitImportRow row) {
        return of(row, "vi");
    }
}
