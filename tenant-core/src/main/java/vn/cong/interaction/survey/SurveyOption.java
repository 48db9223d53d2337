package vn.cong.interaction.survey;

/**
 * One option of a choice question, or one point of a scale ({@code value} set, its label possibly blank: the point
 * reads as its number). {@code key} names it in answers and is never given to another option of the survey.
 */
public record SurveyOption(int key, Wording text, Integer value) {

    /** What a citizen reads: the label, or the point's number when the scale leaves it unlabelled. */
    public String label(String language) {
        if (text == null || text.isBlank()) {
            return value == null ? "" : String.valueOf(value);
        }
        return value == null ? text.in(language) : value + " — " + text.in(language);
    }
}
