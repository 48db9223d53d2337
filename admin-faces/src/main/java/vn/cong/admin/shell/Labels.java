package vn.cong.admin.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.cong.platform.Messages;

/**
 * The one lookup of back-office labels ({@code vn.cong.admin.messages}, the bundle the pages read as {@code adm}) in
 * the unit channel's language — not the browser's, which Faces would use before the view's own locale applies — and
 * messages that survive a redirect. A label without arguments is the text as written (the pages show it so, quotes
 * included); with arguments it is a {@link MessageFormat} pattern.
 */
public final class Labels {

    private static final String BUNDLE = "vn.cong.admin.messages";

    private Labels() {
    }

    public static String get(String language, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Messages.locale(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, Messages.locale(language)).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An information message shown on the page the action redirects to. */
    public static void flash(String language, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(language, key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
