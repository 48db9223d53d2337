package vn.cong.platform;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries an HTTP status and a message key of the
 * {@code vn.cong.messages} bundle, so that every boundary answers in the caller's language.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(int status, String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The refusal inside a failure, also when a transaction boundary wrapped it; empty for any other failure. */
    public static java.util.Optional<DomainException> foundIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }

    /** The message in a language ("vi" or "en"). */
    public String localizedMessage(String language) {
        return Messages.format(language, messageKey, arguments);
    }
}
