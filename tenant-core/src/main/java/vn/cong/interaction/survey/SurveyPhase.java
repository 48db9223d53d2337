package vn.cong.interaction.survey;

/**
 * Where a survey stands on a day of Vietnam's calendar: before its opening day, from its opening day to its closing
 * day inclusive, after. A survey opens and closes by itself: no job runs, the phase is read from the date.
 */
public enum SurveyPhase {
    UPCOMING, OPEN, CLOSED
}
