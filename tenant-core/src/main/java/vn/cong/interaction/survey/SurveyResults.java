package vn.cong.interaction.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A survey's statistics: the number of answers; per question the answers that gave it, each option's count and share
 * (a multiple-choice option's share is of the answers that ticked anything in that question — the shares add up to
 * more than 100%), the mean of a scale; per section the mean of its scales. Free-text questions carry the number of
 * their answers only in the board's results ({@code withFreeText}); published statistics carry none of them.
 */
public record SurveyResults(long surveyId, Wording title, LocalDate opensOn, LocalDate closesOn, SurveyPhase phase,
                            long answers, List<QuestionResult> questions, List<SectionScore> sections,
                            boolean withFreeText) {

    public SurveyResults {
        questions = List.copyOf(questions);
        sections = List.copyOf(sections);
    }

    /** One question's figures; {@code mean} for scales only, {@code textAnswers} for free text in the board's results. */
    public record QuestionResult(int key, int number, QuestionKind kind, Wording text, Wording section, long answered,
                                 List<OptionResult> options, Double mean, Long textAnswers) {

        public QuestionResult {
            options = List.copyOf(options);
        }

        /** Drawn as bars: every question but free text. */
        public boolean isCharted() {
            return kind.hasOptions();
        }

        public boolean isScale() {
            return kind == QuestionKind.SCALE;
        }

        public boolean isFreeText() {
            return kind == QuestionKind.FREE_TEXT;
        }

        /** The mean as people read it in a language ("4,2" / "4.2"); empty without answers. */
        public String meanIn(String language) {
            return mean == null ? "" : decimal(mean, language, "%.1f");
        }
    }

    /** One option (or point of a scale) and how many answers ticked it. */
    public record OptionResult(int key, Wording text, Integer value, long count, double share) {

        public String label(String language) {
            return new SurveyOption(key, text, value).label(language);
        }

        /** The share as people read it ("62,5%" / "62.5%"). */
        public String percentIn(String language) {
            return decimal(share * 100, language, "%.1f") + "%";
        }

        /** The bar's length for a chart, in percent of the widest possible bar, written for SVG ("62.50"). */
        public String barPercent() {
            return String.format(Locale.ROOT, "%.2f", share * 100);
        }
    }

    /**
     * The mean of a section's scales (a SIPAS factor's index), over every scale answer given in it ({@code points});
     * {@code top}: the highest point of its scales, the length of a full bar.
     */
    public record SectionScore(Wording section, Double mean, long points, int top) {

        public String meanIn(String language) {
            return mean == null ? "" : decimal(mean, language, "%.2f");
        }

        /** The bar's length, in percent of a bar at the highest point, written for SVG. */
        public String barPercent() {
            return String.format(Locale.ROOT, "%.2f", mean == null || top <= 0 ? 0 : mean * 100 / top);
        }
    }

    private static String decimal(double value, String language, String pattern) {
        String text = String.format(Locale.ROOT, pattern, value);
        return "en".equals(language) ? text : text.replace('.', ',');
    }
}
