package vn.cong.platform;

import jakarta.validation.ConstraintViolation;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bean Validation message in the reader's language. Bean Validation interpolates in the JVM's default locale;
 * API clients and citizens' forms get the message of their own language from the same {@code ValidationMessages}
 * bundles, by the key of the constraint's {@code message}.
 */
public final class ViolationMessages {

    private static final Pattern MESSAGE_KEY = Pattern.compile("\\{(.+)}");

    private ViolationMessages() {
    }

    public static String localized(ConstraintViolation<?> violation, String language) {
        Matcher key = MESSAGE_KEY.matcher(violation.getMessageTemplate());
        if (key.matches()) {
            try {
                return ResourceBundle.getBundle("ValidationMessages", Messages.locale(language),
                        Thread.currentThread().getContextClassLoader()).getString(key.group(1));
            } catch (MissingResourceException e) {
                return violation.getMessage();
            }
        }
        return violation.getMessage();
    }
}
