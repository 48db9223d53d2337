package vn.cong.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cong.interaction.DeskRow;
import vn.cong.interaction.Lateness;
import vn.cong.interaction.QuestionDesk;
import vn.cong.interaction.QuestionState;
import vn.cong.interaction.TrackingCode;
import vn.cong.platform.DomainException;

class QuestionsResourceTest {

    @Test
    void everyBodyIsAnObjectSoThatAListIsRefusedBeforeAnyQuestionIsTouched() {
        // a bare list bound as the publication would publish the questions it names: {"ids": […]} only
        for (Class<?> body : List.of(QuestionsResource.RouteBody.class, QuestionsResource.TransferBody.class,
                QuestionsResource.AnswerBody.class, QuestionsResource.PublishBody.class,
                QuestionsResource.DropBody.class, QuestionsResource.MergeBody.class)) {
            assertEquals(JsonInput.Shape.OBJECT, JsonInputGuard.shapeOf(body), body.getSimpleName());
        }
    }

    @Test
    void theFilterDefaultsToWaitingReadsAnyCaseAndRefusesAnythingElseWith422() {
        assertEquals(QuestionDesk.Filter.WAITING, QuestionsResource.filter(null));
        assertEquals(QuestionDesk.Filter.WAITING, QuestionsResource.filter(" "));
        assertEquals(QuestionDesk.Filter.ALL, QuestionsResource.filter(" all "));
        DomainException refused = assertThrows(DomainException.class, () -> QuestionsResource.filter("OPEN"));
        assertEquals(422, refused.status());
        assertEquals("request.invalid", refused.messageKey());
    }

    @Test
    void aDeskRowCarriesItsTrackingCodeAsTypedAndItsStateAndLatenessByName() {
        Instant received = Instant.parse("2026-12-07T02:00:00Z");
        QuestionsResource.DeskRowView row = QuestionsResource.DeskRowView.of(new DeskRow(7,
                new TrackingCode(LocalDate.of(2026, 12, 7), 1), "Lịch tiếp dân", null, QuestionState.RECEIVED,
                received, null, Lateness.NO_DEADLINE, null, "T. V. Bình", null));
        assertEquals("PAKN.20261207.0001", row.code());
        assertEquals("RECEIVED", row.state());
        assertEquals("NO_DEADLINE", row.lateness());
        assertEquals("T. V. Bình", row.askerName());
        assertEquals(received, row.receivedAt());
    }
}
