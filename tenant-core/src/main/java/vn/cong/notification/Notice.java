package vn.cong.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.cong.platform.Messages;

/**
 * What a notification says, before it is addressed: its kind (a dotted code such as {@code item.rejected} or
 * {@code compliance.obligation-due}), a message key of a resource bundle (Vietnamese in the base file, English in
 * {@code _en}) with its arguments as text, and a link into the back office of the unit (a path, e.g.
 * {@code /admin/item-view.xhtml?id=42}). Each feature brings its own bundle, so that adding notifications never
 * means editing another feature's messages.
 */
public record Notice(String kind, String bundle, String key, List<String> arguments, String link) {

    static final int MAX_ARGUMENT = 1000;

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public Notice {
        if (kind == null || kind.length() > 64 || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A notice kind is a dotted lower-case code: " + kind);
        }
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments.stream().map(Notice::shorten).toList());
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
            throw new IllegalArgumentException("A notice links to a path of the unit's own host: " + link);
        }
    }

    /** Arguments are quoted into a sentence: a long note is cut (the link leads to the whole of it). */
    private static String shorten(String argument) {
        if (argument == null) {
            return "";
        }
        return argument.length() <= MAX_ARGUMENT ? argument : argument.substring(0, MAX_ARGUMENT - 1) + "…";
    }

    /** A notice without a link; arguments are turned into text now (format dates before passing them). */
    public static Notice of(String kind, String bundle, String key, Object... arguments) {
        return new Notice(kind, bundle, key, Arrays.stream(arguments).map(a -> a == null ? "" : String.valueOf(a))
                .toList(), null);
    }

    public Notice linkingTo(String path) {
        return new Notice(kind, bundle, key, arguments, path);
    }

    /** The message in a language ("vi" or "en"). */
    public String message(String language) {
        return Messages.formatFrom(bundle, language, key, arguments.toArray());
    }
}
