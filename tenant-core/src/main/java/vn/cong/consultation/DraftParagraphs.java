package vn.cong.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.cong.platform.VietnameseText;

/**
 * A draft's text as the paragraphs citizens comment on: the innermost block elements of its (already sanitised) HTML —
 * paragraphs, list items, headings, quotations, table cells — numbered from 1 in reading order. A comment keeps the
 * text of its paragraph as it was; in a later version of the draft it finds its paragraph again by that text (the
 * same words, or most of them), so comments stay attached when the draft changes around them.
 */
public final class DraftParagraphs {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, pre, dd, dt";
    /** Share of words two versions of a paragraph must have in common to be the same paragraph. */
    static final double SAME_PARAGRAPH = 0.6;

    private DraftParagraphs() {
    }

    /** One paragraph: its number, its HTML (with the anchor {@code doan-N} for links), its plain text. */
    public record Paragraph(int number, String html, String text) {

        public String anchor() {
            return "doan-" + number;
        }
    }

    public static List<Paragraph> of(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element block : document.body().select(BLOCKS)) {
            if (!block.select(BLOCKS).stream().allMatch(inner -> inner == block)) {
                continue; // a list item holding paragraphs: its paragraphs are the units
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int number = paragraphs.size() + 1;
            Element anchored = block.clone().attr("id", "doan-" + number);
            paragraphs.add(new Paragraph(number, anchored.outerHtml(), text));
        }
        return paragraphs;
    }

    /**
     * Where a paragraph that read {@code quoted} is in {@code current}: the paragraph with the same words, else the one
     * sharing most of them (at least {@link #SAME_PARAGRAPH}); empty when the paragraph is gone.
     */
    public static Optional<Paragraph> find(String quoted, List<Paragraph> current) {
        if (quoted == null || quoted.isBlank()) {
            return Optional.empty();
        }
        Set<String> words = words(quoted);
        Paragraph best = null;
        double bestShare = 0;
        for (Paragraph paragraph : current) {
            Set<String> theirs = words(paragraph.text());
            if (theirs.equals(words)) {
                return Optional.of(paragraph);
            }
            double share = share(words, theirs);
            if (share > bestShare) {
                best = paragraph;
                bestShare = share;
            }
        }
        return bestShare >= SAME_PARAGRAPH ? Optional.of(best) : Optional.empty();
    }

    private static double share(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all.isEmpty() ? 0 : (double) common.size() / all.size();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(VietnameseText.foldedWords(text.replaceAll("[\\p{Punct}“”‘’…]", " ")));
    }
}
