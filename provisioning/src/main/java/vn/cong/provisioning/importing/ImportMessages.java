package vn.cong.provisioning.importing;

import vn.cong.platform.Messages;
import vn.cong.tenancy.UnitImportRow;

/** A row's skip or refusal in a language ("vi", "en"), for the API and the report alike. */
public final class ImportMessages {

    private ImportMessages() {
    }

    /** Arguments are stored as text; a message that formats a number gets them back as numbers. */
    public static String of(UnitImportRow row, String language) {
        return of(row.getMessageKey(), row.messageArguments(), language);
    }

    /** A stored message (an import row's, a reform step's): its key and its arguments as text. */
    public static String of(String key, java.util.List<String> arguments, String language) {
        try {
            return Messages.format(language, key, arguments.toArray());
        } catch (IllegalArgumentException textWhereANumberGoes) {
            Object[] numbers = arguments.stream()
                    .map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.parseLong(a) : a).toArray();
            return Messages.format(language, key, numbers);
        }
    }

    static String vietnamese(UnitImportRow row) {
        return of(row, "vi");
    }
}
