package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import vn.cong.platform.Messages;

/** Every question action and state has its words in both languages: a 409 never shows an enum's name. */
class QuestionWordsTest {

    @Test
    void everyActionAndStateIsPutIntoWordsInVietnameseAndEnglish() {
        for (String language : new String[] {"vi", "en"}) {
            for (QuestionAction action : QuestionAction.values()) {
                for (QuestionState state : QuestionState.values()) {
                    String message = Messages.format(language, "question.move.illegal",
                            Messages.word("question.action." + action), Messages.word("question.state." + state));
                    assertFalse(message.contains("question.") || message.contains(action.name())
                            || message.contains(state.name()), language + ": " + message);
                }
            }
        }
    }
}
