package vn.cong.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.cong.consultation.CommentDecision;
import vn.cong.consultation.CommentState;
import vn.cong.consultation.CommentView;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationTerms;
import vn.cong.consultation.Moderation;
import vn.cong.platform.DomainException;

class ConsultationBodiesTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A complete body of POST /consultations, changed by {@code change}. */
    private static JsonObject terms(Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("itemId", 12).add("opensOn", "2026-12-08")
                .add("days", 30).add("receivingUnit", "Ủy ban nhân dân xã Đạo Trù")
                .add("receivingAddress", "Thôn Đồng Giang, xã Đạo Trù").add("receivingEmail", "ubnd@daotru.gov.vn")
                .add("moderation", "POST").add("reportThreshold", 5);
        change.accept(body);
        return body.build();
    }

    private static DomainException refused(Executable reading, String key) {
        DomainException refusal = assertThrows(DomainException.class, reading);
        assertEquals(422, refusal.status());
        assertEquals(key, refusal.messageKey());
        return refusal;
    }

    @Test
    void everyBodyIsReadAsAnObjectSoThatAListOrAValueIsRefusedByTheGuard() {
        assertEquals(JsonInput.Shape.OBJECT, JsonInputGuard.shapeOf(JsonObject.class));
        assertEquals(JsonInput.Shape.ARRAY, JsonInputGuard.shapeOf(jakarta.json.JsonArray.class));
        refused(() -> ConsultationBodies.object(null), "request.invalid");
    }

    @Test
    void theTermsAreReadWithTheDateAsTypedAndTheThresholdDefaultingToThree() {
        ConsultationTerms read = ConsultationBodies.terms(terms(b -> { }));
        assertEquals(LocalDate.of(2026, 12, 8), read.period().opensOn());
        assertEquals(LocalDate.of(2027, 1, 6), read.period().closesOn());
        assertEquals(Moderation.POST, read.moderation());
        assertEquals(5, read.reportThreshold());
        assertEquals("Ủy ban nhân dân xã Đạo Trù", read.receivingUnit());
        assertEquals(12, ConsultationBodies.id(terms(b -> { }), "itemId"));

        ConsultationTerms defaults = ConsultationBodies.terms(terms(b -> b.remove("reportThreshold")
                .add("moderation", " pre ")));
        assertEquals(Consultation.DEFAULT_REPORT_THRESHOLD, defaults.reportThreshold());
        assertEquals(Moderation.PRE, defaults.moderation());
        assertEquals(Consultation.DEFAULT_REPORT_THRESHOLD, ConsultationBodies.terms(terms(
                b -> b.addNull("reportThreshold"))).reportThreshold());
    }

    @Test
    void aWrongTypeIsA422NamingTheFieldNeverABindingError() {
        assertTrue(refused(() -> ConsultationBodies.terms(terms(b -> b.add("opensOn",
                Json.createObjectBuilder().add("sai", Json.createArrayBuilder().add(1))))), "request.invalid")
                .localizedMessage("vi").contains("opensOn"));
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("days", "một"))), "consultation.days.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("days", 1.5))), "consultation.days.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("days", 9_999_999_999L))),
                "consultation.days.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("receivingUnit", 7))), "request.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("moderation", true))), "request.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("reportThreshold", "ba"))),
                "consultation.threshold.invalid");
        refused(() -> ConsultationBodies.id(terms(b -> b.add("itemId", "12")), "itemId"), "request.invalid");
        refused(() -> ConsultationBodies.text(json("{\"note\":[\"Kết luận\"]}"), "note"), "request.invalid");
    }

    @Test
    void missingFieldsAndUnknownWordsAre422WithTheDomainsOwnMessageWhereItHasOne() {
        refused(() -> ConsultationBodies.terms(terms(b -> b.remove("opensOn"))), "consultation.opens.required");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("opensOn", "08/12/2026"))),
                "calendar.date.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.remove("days"))), "consultation.days.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.add("days", -1))), "consultation.days.invalid");
        refused(() -> ConsultationBodies.terms(terms(b -> b.remove("receivingUnit"))),
                "consultation.receiving-unit.required");
        refused(() -> ConsultationBodies.terms(terms(b -> b.remove("moderation"))),
                "consultation.moderation.required");
        DomainException word = refused(() -> ConsultationBodies.terms(terms(b -> b.add("moderation", "BOTH"))),
                "request.invalid");
        assertTrue(word.localizedMessage("en").contains("PRE | POST"), word.localizedMessage("en"));
        refused(() -> ConsultationBodies.id(json("{}"), "itemId"), "request.invalid");
        refused(() -> ConsultationBodies.word(json("{\"decision\":\"MAYBE\"}"), "decision",
                CommentDecision.class, () -> new DomainException(422, "consultation.decision.required")),
                "request.invalid");
        refused(() -> ConsultationBodies.word(json("{}"), "decision", CommentDecision.class,
                () -> new DomainException(422, "consultation.decision.required")), "consultation.decision.required");
        assertEquals(CommentDecision.EXPLAINED, ConsultationBodies.word(json("{\"decision\":\"explained\"}"),
                "decision", CommentDecision.class, () -> new DomainException(422, "x")));
        assertNull(ConsultationBodies.text(json("{\"note\":null}"), "note"));
        assertNull(ConsultationBodies.text(json("{}"), "note"));
    }

    @Test
    void theCommentsStateFilterIsEveryStateWhenAbsentAnyCaseOtherwiseAndElse422() {
        assertNull(ConsultationBodies.stateFilter(null));
        assertNull(ConsultationBodies.stateFilter(" "));
        assertEquals(CommentState.HIDDEN, ConsultationBodies.stateFilter(" hidden "));
        refused(() -> ConsultationBodies.stateFilter("SUBMITTED"), "request.invalid");
    }

    @Test
    void aCommentCarriesItsStateAndDecisionByNameAndItsAuthorMaskedAsGiven() {
        Instant at = Instant.parse("2026-12-08T03:00:00Z");
        ConsultationsResource.CommentRow row = ConsultationsResource.CommentRow.of(new CommentView(7, 3,
                "Điều 3. Mức thu", 1, "N. V. Hải", "Đề nghị giảm mức thu.", CommentState.VISIBLE, 2,
                CommentDecision.ACCEPTED, null, at));
        assertEquals("VISIBLE", row.state());
        assertEquals("ACCEPTED", row.decision());
        assertEquals("N. V. Hải", row.author());
        assertEquals(3, row.paragraph());
        assertEquals(at, row.createdAt());
        assertNull(ConsultationsResource.CommentRow.of(new CommentView(8, null, null, 1, "T. Đ. Anh", "…",
                CommentState.PENDING, 0, null, null, at)).decision());
    }
}
