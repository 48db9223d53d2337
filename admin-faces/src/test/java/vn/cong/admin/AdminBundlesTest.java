package vn.cong.admin;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The back office's labels exist in Vietnamese and English, and every label that takes arguments (a
 * {@link MessageFormat} pattern for {@code BackOffice.label(key, args…)} and {@code h:outputFormat}) reads as one:
 * no lone apostrophe, which would swallow the {@code {0}} after it.
 */
class AdminBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdminBundlesTest.class.getResourceAsStream("/vn/cong/admin/messages_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("vi").stringPropertyNames()),
                new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    @Test
    void everyLabelWithArgumentsIsAPatternWithItsApostrophesDoubled() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            Properties bundle = bundle(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (!ARGUMENT.matcher(text).find()) {
                    continue;
                }
                if (text.replace("''", "").contains("'")) {
                    broken.add(language + " " + key + ": lone apostrophe");
                }
                try {
                    String formatted = new MessageFormat(text).format(new Object[] {7, 8, 9, 10});
                    if (formatted.contains("{0}")) {
                        broken.add(language + " " + key + ": {0} left unfilled");
                    }
                } catch (IllegalArgumentException e) {
                    broken.add(language + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
