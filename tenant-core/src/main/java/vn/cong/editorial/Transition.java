package vn.cong.editorial;

import java.time.Instant;

/**
 * A workflow action with what it needs: a reason (rejection or unpublishing code), a note, an escalation target
 * (an account's username and/or a subject field, and whether the item is sensitive), a publication time, the
 * item that consolidates an unpublished one. The same shape from the back office and from the API.
 */
public record Transition(WorkflowAction action, String reason, String note, String target, String field,
                         boolean sensitive, Instant scheduledAt, Long consolidatedInto) {

    public static Transition of(WorkflowAction action) {
        return new Transition(action, null, null, null, null, false, null, null);
    }

    public Transition withReason(String code, String text) {
        return new Transition(action, code, text, target, field, sensitive, scheduledAt, consolidatedInto);
    }

    public Transition withNote(String text) {
        return new Transition(action, reason, text, target, field, sensitive, scheduledAt, consolidatedInto);
    }

    public Transition escalatingTo(String username, String fieldCode, boolean isSensitive) {
        return new Transition(action, reason, note, username, fieldCode, isSensitive, scheduledAt, consolidatedInto);
    }

    public Transition at(Instant when) {
        return new Transition(action, reason, note, target, field, sensitive, when, consolidatedInto);
    }

    public Transition consolidatingInto(Long itemId) {
        return new Transition(action, reason, note, target, field, sensitive, scheduledAt, itemId);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
