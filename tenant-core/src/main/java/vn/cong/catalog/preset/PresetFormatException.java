package vn.cong.catalog.preset;

/** A preset file that does not say what the platform needs: the message names the file and the place in it. */
public class PresetFormatException extends RuntimeException {

    public PresetFormatException(String message) {
        super(message);
    }

    public PresetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
