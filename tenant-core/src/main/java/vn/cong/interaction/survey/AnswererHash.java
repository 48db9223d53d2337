package vn.cong.interaction.survey;

/**
 * What a survey keeps instead of the address an answer came from: its {@link vn.cong.interaction.ParticipantKeys}
 * hash with the survey's salt as the scope — a second answer from the same place is refused, answers cannot be
 * followed from survey to survey, and the address cannot be read back.
 */
public record AnswererHash(String value) {
}
