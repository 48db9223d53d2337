package vn.cong.interaction.survey;

/**
 * Why a survey exists: one the board built ({@link #BOARD} — satisfaction, administrative reform, any topic), or the
 * citizens' rating of the portal itself for one calendar year ({@link #PORTAL_RATING}, VP Art. 9.1d), which every
 * portal has and nobody builds.
 */
public enum SurveyPurpose {
    BOARD, PORTAL_RATING
}
