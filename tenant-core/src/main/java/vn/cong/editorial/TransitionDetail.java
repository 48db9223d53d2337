package vn.cong.editorial;

import java.util.ArrayList;
import java.util.List;
import vn.cong.platform.VietnameseText;

/** What a transition's audit line says changed, besides the states: "reason=…; note=…; to=…; at=…". */
final class TransitionDetail {

    private TransitionDetail() {
    }

    static String of(Transition transition) {
        List<String> parts = new ArrayList<>();
        add(parts, "reason", transition.reason());
        add(parts, "to", transition.target());
        add(parts, "field", transition.field());
        if (transition.sensitive()) {
            parts.add("sensitive");
        }
        if (transition.scheduledAt() != null) {
            parts.add("at=" + transition.scheduledAt());
        }
        if (transition.consolidatedInto() != null) {
            parts.add("into=" + transition.consolidatedInto());
        }
        add(parts, "note", VietnameseText.nfc(transition.note()));
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + value.strip());
        }
    }
}
