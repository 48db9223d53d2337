package vn.cong.interaction.survey;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire as the survey row keeps it (one JSON text: the questions are read and written whole, never queried
 * one by one) and back: {@code {"nextKey": 9, "questions": [{"key": 1, "kind": "SCALE", "text": {"vi": …, "en": …},
 * "section": {…}, "required": true, "options": [{"key": 2, "text": {…}, "value": 1}, …]}, …]}}.
 */
final class QuestionnaireJson {

    private QuestionnaireJson() {
    }

    static String write(Questionnaire questionnaire) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (SurveyQuestion question : questionnaire.questions()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (SurveyOption option : question.options()) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("key", option.key());
                wording(o, "text", option.text());
                if (option.value() != null) {
                    o.add("value", option.value());
                }
                options.add(o);
            }
            JsonObjectBuilder q = Json.createObjectBuilder().add("key", question.key())
                    .add("kind", question.kind().name());
            wording(q, "text", question.text());
            wording(q, "section", question.section());
            questions.add(q.add("required", question.required()).add("options", options));
        }
        return Json.createObjectBuilder().add("nextKey", questionnaire.nextKey()).add("questions", questions).build()
                .toString();
    }

    static Questionnaire read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<SurveyQuestion> questions = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("questions")) {
                JsonObject q = value.asJsonObject();
                List<SurveyOption> options = new ArrayList<>();
                for (JsonValue optionValue : q.getJsonArray("options")) {
                    JsonObject o = optionValue.asJsonObject();
                    options.add(new SurveyOption(o.getInt("key"), wording(o, "text"),
                            o.get("value") instanceof JsonNumber n ? n.intValue() : null));
                }
                questions.add(new SurveyQuestion(q.getInt("key"), QuestionKind.valueOf(q.getString("kind")),
                        wording(q, "text"), q.containsKey("section") ? wording(q, "section") : null,
                        q.getBoolean("required", false), options));
            }
            return new Questionnaire(questions, root.getInt("nextKey"));
        }
    }

    private static void wording(JsonObjectBuilder builder, String name, Wording wording) {
        if (wording == null || wording.isBlank() && wording.en() == null) {
            return;
        }
        JsonObjectBuilder words = Json.createObjectBuilder();
        if (wording.vi() != null) {
            words.add("vi", wording.vi());
        }
        if (wording.en() != null) {
            words.add("en", wording.en());
        }
        builder.add(name, words);
    }

    /** A {@code {"vi": …, "en": …}} member, absent as blank words. */
    static Wording wording(JsonObject object, String name) {
        if (!(object.get(name) instanceof JsonObject words)) {
            return new Wording(null, null);
        }
        return new Wording(words.getString("vi", null), words.getString("en", null));
    }
}
