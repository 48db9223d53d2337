package vn.cong.interaction.survey;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.cong.platform.DomainException;

/**
 * The ready surveys shipped as JSON beside this class ({@code templates/<name>.json}), read when a survey is made from
 * one — nothing is kept in memory: a board makes a survey from a template a few times a year. {@value #SIPAS}: the
 * satisfaction of people and organisations with the administrative service, by the five factors of the SIPAS method
 * (Đề án 2640/QĐ-BNV, 2017); {@value #PORTAL_RATING}: the rating of the portal (VP Art. 9.1d).
 *
 * <p>A file: {@code title} and {@code intro} ({@code {"vi", "en"}}), an optional default {@code scale} ({@code from},
 * {@code to}, {@code labels}), and {@code sections}, each with its {@code section} words and its {@code questions}:
 * {@code kind}, {@code text}, {@code required} (by default: true but for free text), {@code options} for a choice, a
 * scale of its own or the default one. Keys are given in file order, so the same file always gives the same keys.
 */
public final class SurveyTemplates {

    public static final String SIPAS = "sipas";
    public static final String PORTAL_RATING = "portal-rating";

    /** The templates the builder offers. */
    public static final List<String> OFFERED = List.of(SIPAS);

    private static final String DIRECTORY = "templates/";

    private SurveyTemplates() {
    }

    /** The template of that name; 422 for a name no file has. */
    public static SurveyTemplate load(String name) {
        if (name == null || !name.matches("[a-z][a-z-]{0,31}")) {
            throw new DomainException(422, "survey.template.unknown", String.valueOf(name));
        }
        try (InputStream in = SurveyTemplates.class.getResourceAsStream(DIRECTORY + name + ".json")) {
            if (in == null) {
                throw new DomainException(422, "survey.template.unknown", name);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(name, reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SurveyTemplate parse(String name, JsonObject root) {
        JsonObject defaultScale = root.containsKey("scale") ? root.getJsonObject("scale") : null;
        List<QuestionDraft> drafts = new ArrayList<>();
        for (JsonValue sectionValue : root.getJsonArray("sections")) {
            JsonObject section = sectionValue.asJsonObject();
            Wording sectionWords = QuestionnaireJson.wording(section, "section");
            for (JsonValue questionValue : section.getJsonArray("questions")) {
                drafts.add(draft(questionValue.asJsonObject(), sectionWords, defaultScale));
            }
        }
        return new SurveyTemplate(name, QuestionnaireJson.wording(root, "title"),
                QuestionnaireJson.wording(root, "intro"), Questionnaire.empty().withAll(drafts));
    }

    private static QuestionDraft draft(JsonObject question, Wording section, JsonObject defaultScale) {
        QuestionKind kind = QuestionKind.valueOf(question.getString("kind"));
        Wording text = QuestionnaireJson.wording(question, "text");
        boolean required = question.getBoolean("required", kind != QuestionKind.FREE_TEXT);
        return switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> QuestionDraft.choice(kind, text, section, required,
                    wordings(question, "options"));
            case SCALE -> {
                JsonObject scale = question.containsKey("scale") ? question.getJsonObject("scale") : defaultScale;
                if (scale == null) {
                    throw new IllegalStateException("a scale question without a scale: " + text.vi());
                }
                yield QuestionDraft.scale(text, section, required, scale.getInt("from"), scale.getInt("to"),
                        wordings(scale, "labels"));
            }
            case FREE_TEXT -> QuestionDraft.freeText(text, section, required);
        };
    }

    private static List<Wording> wordings(JsonObject object, String name) {
        List<Wording> words = new ArrayList<>();
        if (object.containsKey(name)) {
            for (JsonValue value : object.getJsonArray(name)) {
                JsonObject w = value.asJsonObject();
                words.add(new Wording(w.getString("vi", null), w.getString("en", null)));
            }
        }
        return words;
    }
}
