package vn.cong.tenancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.cong.platform.VietnameseText;

/**
 * The naming rule for portal hostnames (VP Art. 3, MIC Art. 8.2): a place is named by its official name
 * with the type prefix dropped ("Xã Đạo Trù" → "daotru"), a department by its abbreviation
 * ("Sở TTTT" → "sotttt"); diacritics removed, đ → d; the unit's label goes in front of its parent's name.
 *
 * <p>Units under one parent are named together ({@link #siblingLabels}), so that the same official list gives the
 * same hostnames in any order of creation. Where two siblings fold to the same label:
 * <ol>
 *   <li>if their types differ, each keeps its type: "Thị trấn Mường Tè" → {@code thitranmuongte}, "Xã Mường Tè" →
 *       {@code xamuongte} (as a numbered ward keeps it: "Phường 1" → {@code phuong1});</li>
 *   <li>if they are still equal — names that differ only by tone marks ("Xã Hoằng Phú" / "Xã Hoằng Phụ") or the
 *       very same name twice — each gets its official code: {@code hoangphu-15883}, {@code hoangphu-16003}. The
 *       code is public, stable, and the only thing that tells them apart without diacritics.</li>
 * </ol>
 * An operator may give a unit another label ({@link #requireValidLabel}); every label is a DNS label of at most 63
 * characters of {@code [a-z0-9-]}, neither starting nor ending with a hyphen.
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

    /** A unit of an official list as the naming rule sees it; {@code code} is its official code (GSO). */
    public record Sibling(String code, UnitLevel level, String officialName, String abbreviation) {
    }

    /**
     * The labels of units under one parent, by code: the same whatever the order of {@code siblings}.
     *
     * @throws InvalidUnitNameException when a name yields no label
     */
    public static Map<String, String> siblingLabels(Collection<Sibling> siblings) {
        Map<String, List<Sibling>> byLabel = new TreeMap<>();
        for (Sibling sibling : siblings) {
            byLabel.computeIfAbsent(labelFor(sibling.level(), sibling.officialName(), sibling.abbreviation()),
                    label -> new ArrayList<>()).add(sibling);
        }
        Map<String, String> labels = new TreeMap<>();
        byLabel.forEach((label, same) -> {
            if (same.size() == 1) {
                labels.put(same.get(0).code(), label);
                return;
            }
            boolean typesDiffer = same.stream().map(s -> typeOf(s.officialName())).distinct().count() > 1;
            Map<String, List<Sibling>> byTypedLabel = new TreeMap<>();
            for (Sibling sibling : same) {
                boolean typeKept = label.equals(VietnameseText.fold(sibling.officialName()).replaceAll("[^a-z0-9]", ""));
                String typed = typesDiffer && !typeKept ? typeOf(sibling.officialName()) + label : label;
                byTypedLabel.computeIfAbsent(typed, t -> new ArrayList<>()).add(sibling);
            }
            byTypedLabel.forEach((typed, still) -> {
                for (Sibling sibling : still) {
                    labels.put(sibling.code(), requireValidLabel(still.size() == 1 ? typed
                            : typed + "-" + VietnameseText.fold(sibling.code()).replaceAll("[^a-z0-9]", "")));
                }
            });
        });
        return labels;
    }

    /** The folded type prefix of a name ("thitran" for "Thị trấn Mường Tè"); empty without one. */
    static String typeOf(String officialName) {
        String folded = VietnameseText.fold(VietnameseText.nfc(officialName == null ? "" : officialName).strip());
        for (String prefix : TYPE_PREFIXES) {
            if (folded.startsWith(prefix + " ")) {
                return prefix.replace(" ", "");
            }
        }
        return "";
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
