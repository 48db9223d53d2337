package vn.cong.content;

import vn.cong.platform.Messages;

/** Why one field's value was refused: the field, a message key of {@code vn.cong.messages} and its arguments. */
public record FieldProblem(String fieldCode, String messageKey, Object... arguments) {

    public String message(String language) {
        return Messages.format(language, messageKey, arguments);
    }
}
