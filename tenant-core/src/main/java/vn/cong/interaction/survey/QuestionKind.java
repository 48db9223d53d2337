package vn.cong.interaction.survey;

/**
 * The four kinds of survey question: one option ({@link #SINGLE_CHOICE}), any number of options
 * ({@link #MULTIPLE_CHOICE} — counted once for each option ticked), a point of a scale ({@link #SCALE}, e.g. 1 "rất
 * không hài lòng" … 5 "rất hài lòng": its points are options carrying a value, so that they are counted like options
 * and averaged), and words ({@link #FREE_TEXT} — read by the board only, never published).
 */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, FREE_TEXT;

    /** Answered by ticking options (a scale's points are its options). */
    public boolean hasOptions() {
        return this != FREE_TEXT;
    }

    /** One option at most per answer. */
    public boolean takesOne() {
        return this == SINGLE_CHOICE || this == SCALE;
    }
}
