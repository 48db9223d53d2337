package vn.cong.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Domain messages (errors the user sees) from {@code vn/cong/messages_vi|en.properties}; Vietnamese first. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.cong.messages";

    private Messages() {
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** A message argument that is itself a message: its key, put into words in the language of the message. */
    public record Word(String key) {
    }

    public static Word word(String key) {
        return new Word(key);
    }

    public static String format(String language, String key, Object... arguments) {
        return formatFrom(BUNDLE, language, key, arguments);
    }

    /** The same from another bundle of the domain (e.g. {@code vn.cong.catalog.words}); the key itself if missing. */
    public static String formatFrom(String bundleName, String language, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Object[] worded = arguments == null ? null : java.util.Arrays.stream(arguments)
                    .map(a -> a instanceof Word w ? formatFrom(bundleName, language, w.key()) : a).toArray();
            return new MessageFormat(bundle.getString(key), locale(language)).format(worded);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
