package vn.cong.tenancy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cong.platform.VietnameseText;

/**
 * The naming rule for portal hostnames (VP Art. 3, MIC Art. 8.2): a place is named by its official name
 * with the type prefix dropped ("Xã Đạo Trù" → "daotru"), a department by its abbreviation
 * ("Sở TTTT" → "sotttt"); diacritics removed, đ → d; the unit's label goes in front of its parent's name.
 */
public final class HostnamePolicy {

    /** Longest first, so that "Thành phố" wins over a shorter prefix. */
    private static final List<String> TYPE_PREFIXES = List.of(
            "thanh pho truc thuoc trung uong", "thanh pho", "thi xa", "thi tran", "dac khu",
            "tinh", "huyen", "quan", "xa", "phuong");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<String> RESERVED = Set.of("english", "www", "api", "admin", "static", "mail");

    private HostnamePolicy() {
    }

    /**
     * The DNS label for a unit.
     *
     * @throws InvalidUnitNameException when nothing usable is left of the name
     */
    public static String labelFor(UnitLevel level, String officialName, String abbreviation) {
        String source = level.namedByAbbreviation() && abbreviation != null && !abbreviation.isBlank()
                ? abbreviation : dropTypePrefix(officialName);
        String label = VietnameseText.fold(source).replaceAll("[^a-z0-9]", "");
        if (label.isEmpty()) {
            throw new InvalidUnitNameException(officialName);
        }
        if (label.chars().allMatch(Character::isDigit)) {
            // numbered wards: "Phường 1" → "phuong1", never a bare number
            label = VietnameseText.fold(officialName).replaceAll("[^a-z0-9]", "");
        }
        return requireValidLabel(label);
    }

    public static String requireValidLabel(String label) {
        String lower = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (!LABEL.matcher(lower).matches() || RESERVED.contains(lower)) {
            throw new InvalidUnitNameException(label);
        }
        return lower;
    }

    /** Hostname without the base domain: the label, then the parent's canonical hostname. */
    public static String canonicalHostname(String label, String parentCanonicalHostname) {
        return parentCanonicalHostname == null ? label : label + "." + parentCanonicalHostname;
    }

    public static String englishHostname(String canonicalHostname) {
        return "english." + canonicalHostname;
    }

    static String dropTypePrefix(String officialName) {
        String name = VietnameseText.nfc(officialName);
        if (name == null) {
            return "";
        }
        String folded = VietnameseText.fold(name);
        for (String prefix : TYPE_PREFIXES) {
            if (folded.startsWith(prefix + " ")) {
                String rest = name.substring(prefix.length()).strip();
                if (!rest.isEmpty()) {
                    return rest;
                }
            }
        }
        return name;
    }
}
