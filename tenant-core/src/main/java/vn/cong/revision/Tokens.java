package vn.cong.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.Encoding;

/**
 * Splits text into the tokens a word diff compares: words, runs of white space, and — for rich text — each HTML tag
 * as one token, its character references decoded ({@code &amp;} → {@code &}) so that the diff shows what a reader
 * reads. Vietnamese words are separated by spaces, so a word is a run of non-space characters.
 */
final class Tokens {

    /** A tag, a run of white space, or a run of anything else up to the next tag or space. */
    private static final Pattern RICH = Pattern.compile("<[^>]*>|\\s+|[^<\\s]+");
    private static final Pattern PLAIN = Pattern.compile("\\s+|\\S+");

    private Tokens() {
    }

    /** A token and whether it is a tag. */
    record Token(String text, boolean markup) {
    }

    static List<Token> plain(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = PLAIN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), false));
        }
        return tokens;
    }

    /** Sanitised rich text (see {@code RichText}): tags as tokens, text decoded and split into words. */
    static List<Token> rich(String html) {
        List<Token> tokens = new ArrayList<>();
        if (html == null) {
            return tokens;
        }
        Matcher m = RICH.matcher(html);
        while (m.find()) {
            String token = m.group();
            if (token.startsWith("<")) {
                tokens.add(new Token(token, true));
            } else {
                for (Token word : plain(Encoding.decodeHtml(token))) {
                    tokens.add(word);
                }
            }
        }
        return tokens;
    }
}
