package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every action from every state: the legal moves written out, everything else refused. */
class QuestionActionTest {

    @Test
    void everyMoveFromEveryState() {
        Map<QuestionAction, Map<QuestionState, QuestionState>> legal = new EnumMap<>(QuestionAction.class);
        legal.put(QuestionAction.ROUTE, Map.of(QuestionState.RECEIVED, QuestionState.ROUTED,
                QuestionState.ROUTED, QuestionState.ROUTED));
        legal.put(QuestionAction.TRANSFER, Map.of(QuestionState.RECEIVED, QuestionState.TRANSFERRED,
                QuestionState.ROUTED, QuestionState.TRANSFERRED));
        legal.put(QuestionAction.ANSWER, Map.of(QuestionState.RECEIVED, QuestionState.ANSWERED,
                QuestionState.ROUTED, QuestionState.ANSWERED, QuestionState.ANSWERED, QuestionState.ANSWERED));
        legal.put(QuestionAction.PUBLISH, Map.of(QuestionState.ANSWERED, QuestionState.PUBLISHED));
        legal.put(QuestionAction.DROP, Map.of(QuestionState.RECEIVED, QuestionState.DROPPED,
                QuestionState.ROUTED, QuestionState.DROPPED));
        legal.put(QuestionAction.MERGE, Map.of(QuestionState.RECEIVED, QuestionState.MERGED,
                QuestionState.ROUTED, QuestionState.MERGED));
        for (QuestionAction action : QuestionAction.values()) {
            for (QuestionState state : QuestionState.values()) {
                assertEquals(Optional.ofNullable(legal.get(action).get(state)), action.from(state),
                        action + " from " + state);
            }
        }
    }
}
