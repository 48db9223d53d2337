package vn.cong.interaction.survey;

import java.util.List;

/**
 * An answer held to its questionnaire, as it is stored: one {@link Choice} per option ticked (several for a multiple
 * choice), one {@link Text} per free-text question answered.
 */
public record CheckedAnswers(List<Choice> choices, List<Text> texts) {

    public CheckedAnswers {
        choices = List.copyOf(choices);
        texts = List.copyOf(texts);
    }

    public record Choice(int questionKey, int optionKey) {
    }

    public record Text(int questionKey, String body) {
    }
}
