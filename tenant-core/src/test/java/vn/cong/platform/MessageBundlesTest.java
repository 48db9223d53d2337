package vn.cong.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message a refusal can carry exists in Vietnamese and English and is a pattern {@link MessageFormat} reads:
 * a stray brace made the 422 for a list-instead-of-object body a 500 (the error's own message could not be built).
 */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/vn/cong/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * A lone apostrophe starts a quoted section in a MessageFormat pattern: "the row's portal ({0})" loses the
     * apostrophe and leaves {0} unfilled. Every bundle the domain formats writes it twice.
     */
    @Test
    void noPatternHasALoneApostrophe() throws IOException {
        List<String> lone = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_en.properties", "identity/notices.properties",
                "identity/notices_en.properties", "inbox/notices.properties", "inbox/notices_en.properties",
                "compliance/notices.properties", "compliance/notices_en.properties")) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                if (bundle.getProperty(key).replace("''", "").contains("'")) {
                    lone.add(name + " " + key);
                }
            }
        }
        assertEquals(List.of(), lone);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryTextIsAValidPattern() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        List<String> broken = new ArrayList<>();
        for (Properties language : List.of(vi, en)) {
            for (String key : language.stringPropertyNames()) {
                try {
                    new MessageFormat(language.getProperty(key)).format(new Object[] {1, 2, 3});
                } catch (IllegalArgumentException e) {
                    broken.add(key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
