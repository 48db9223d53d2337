package vn.cong.portal.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cong.interaction.survey.QuestionDraft;
import vn.cong.interaction.survey.QuestionKind;
import vn.cong.interaction.survey.SurveyOption;
import vn.cong.interaction.survey.SurveyQuestion;
import vn.cong.interaction.survey.SurveyResults;
import vn.cong.interaction.survey.SurveyRow;
import vn.cong.interaction.survey.SurveyView;
import vn.cong.interaction.survey.Wording;

/**
 * What {@link SurveysResource} reads and writes: bodies (each an object, texts in Vietnamese with an optional English
 * twin — {@code title}/{@code titleEn} —, days as ISO dates) and views (kinds, phases and purposes by name, keys as the
 * form and the answers know them). No rule here: a body becomes the domain's draft, refused there.
 */
public final class SurveyApi {

    private SurveyApi() {
    }

    static Wording wording(String vi, String en) {
        return new Wording(vi, en);
    }

    /** {@code {"title": …, "opensOn": "2026-12-10", "closesOn": "2026-12-31", "questions": […]}}. */
    @Schema(name = "SurveyCreation")
    public record SurveyBody(@Schema(required = true) String title, String titleEn, String intro, String introEn,
                             @Schema(required = true, example = "2026-12-10") String opensOn,
                             @Schema(required = true, example = "2026-12-31") String closesOn,
                             List<QuestionBody> questions) {
    }

    /** {@code {"title": …, "questions": […]}}: everything but the days, written anew. */
    @Schema(name = "SurveyContent")
    public record ContentBody(@Schema(required = true) String title, String titleEn, String intro, String introEn,
                              List<QuestionBody> questions) {
    }

    /** {@code {"opensOn": "2026-12-10", "closesOn": "2026-12-31"}}. */
    @Schema(name = "SurveySchedule")
    public record ScheduleBody(@Schema(required = true, example = "2026-12-10") String opensOn,
                               @Schema(required = true, example = "2026-12-31") String closesOn) {
    }

    /** {@code {"template": "sipas", "opensOn": …, "closesOn": …}}. */
    @Schema(name = "SurveyFromTemplate")
    public record TemplateBody(@Schema(required = true, example = "sipas") String template,
                               @Schema(required = true, example = "2026-12-10") String opensOn,
                               @Schema(required = true, example = "2026-12-31") String closesOn) {
    }

    /** One question: its kind, words, section, whether required; options for a choice, a range for a scale. */
    @Schema(name = "SurveyQuestionBody")
    public record QuestionBody(@Schema(required = true, enumeration = {"SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE",
            "FREE_TEXT"}) String kind, @Schema(required = true) String text, String textEn, String section,
                               String sectionEn, Boolean required, List<OptionBody> options,
                               @Schema(description = "0 or 1") Long scaleFrom,
                               @Schema(description = "2 to 10") Long scaleTo,
                               @Schema(description = "labels of the points, from the lowest") List<OptionBody> scaleLabels) {

        QuestionDraft draft(QuestionKind kind) {
            return new QuestionDraft(kind, wording(text, textEn), wording(section, sectionEn),
                    required == null || required, words(options), point(scaleFrom), point(scaleTo),
                    words(scaleLabels));
        }

        private static List<Wording> words(List<OptionBody> options) {
            return options == null ? List.of() : options.stream()
                    .map(o -> o == null ? new Wording(null, null) : wording(o.text(), o.textEn())).toList();
        }

        /** A scale's end as the domain checks it; a number no scale has stays one (refused there, never wrapped). */
        private static Integer point(Long value) {
            return value == null ? null : (int) Math.max(Math.min(value, 1_000), -1_000);
        }
    }

    /** {@code {"text": …, "textEn": …}}. */
    @Schema(name = "SurveyOptionBody")
    public record OptionBody(@Schema(required = true) String text, String textEn) {
    }

    /** A page of the board's list. */
    public record RowPage(long total, List<Row> rows) {
    }

    /** A page of the public list. */
    public record PublicPage(long total, List<PublicRow> rows) {
    }

    /** A page of one question's free-text answers. */
    public record FreeTextPage(long total, List<FreeText> rows) {
    }

    /** One free-text answer: when, and what was written. */
    public record FreeText(long id, java.time.Instant answeredAt, String text) {
    }

    /** A line of the board's list. */
    public record Row(long id, String purpose, String title, String titleEn, LocalDate opensOn, LocalDate closesOn,
                      String phase, int questions, long answers, boolean frozen) {

        static Row of(SurveyRow row) {
            return new Row(row.id(), row.purpose().name(), row.title().vi(), row.title().en(), row.opensOn(),
                    row.closesOn(), row.phase().name(), row.questions(), row.answers(), row.frozen());
        }
    }

    /** A survey in the public list. */
    public record PublicRow(long id, String title, String titleEn, LocalDate opensOn, LocalDate closesOn,
                            String phase) {

        static PublicRow of(SurveyView survey) {
            return new PublicRow(survey.id(), survey.title().vi(), survey.title().en(), survey.opensOn(),
                    survey.closesOn(), survey.phase().name());
        }
    }

    /** One survey with its questions for the board. */
    public record Detail(long id, String purpose, String title, String titleEn, String intro, String introEn,
                         LocalDate opensOn, LocalDate closesOn, String phase, boolean answered, boolean frozen,
                         String template, Integer ratingYear, List<QuestionView> questions) {

        static Detail of(SurveyView survey) {
            return new Detail(survey.id(), survey.purpose().name(), survey.title().vi(), survey.title().en(),
                    survey.intro().vi(), survey.intro().en(), survey.opensOn(), survey.closesOn(),
                    survey.phase().name(), survey.answered(), survey.frozen(), survey.templateName(),
                    survey.ratingYear(), survey.questionnaire().questions().stream().map(QuestionView::of).toList());
        }
    }

    /** A question with its key and its options' keys. */
    public record QuestionView(int key, String kind, String text, String textEn, String section, String sectionEn,
                               boolean required, List<OptionView> options) {

        static QuestionView of(SurveyQuestion question) {
            Wording section = question.section() == null ? new Wording(null, null) : question.section();
            return new QuestionView(question.key(), question.kind().name(), question.text().vi(),
                    question.text().en(), section.vi(), section.en(), question.required(),
                    question.options().stream().map(OptionView::of).toList());
        }
    }

    /** An option, or a scale's point with its value. */
    public record OptionView(int key, String text, String textEn, Integer value) {

        static OptionView of(SurveyOption option) {
            return new OptionView(option.key(), option.text().vi(), option.text().en(), option.value());
        }
    }

    /** Statistics: the number of answers, per question its answers, options' counts and shares, a scale's mean. */
    public record Results(long surveyId, String title, String titleEn, LocalDate opensOn, LocalDate closesOn,
                          String phase, long answers, List<QuestionFigures> questions, List<SectionFigures> sections) {

        static Results of(SurveyResults results) {
            return new Results(results.surveyId(), results.title().vi(), results.title().en(), results.opensOn(),
                    results.closesOn(), results.phase().name(), results.answers(),
                    results.questions().stream().map(QuestionFigures::of).toList(),
                    results.sections().stream().map(s -> new SectionFigures(s.section().vi(), s.section().en(),
                            s.mean(), s.points())).toList());
        }
    }

    /** One question's figures; {@code textAnswers} only in the board's results, free text's words never. */
    public record QuestionFigures(int key, int number, String kind, String text, String textEn, long answered,
                                  Double mean, Long textAnswers, List<OptionFigures> options) {

        static QuestionFigures of(SurveyResults.QuestionResult q) {
            return new QuestionFigures(q.key(), q.number(), q.kind().name(), q.text().vi(), q.text().en(),
                    q.answered(), q.mean(), q.textAnswers(), q.options().stream().map(o -> new OptionFigures(o.key(),
                            o.text().vi(), o.text().en(), o.value(), o.count(), o.share())).toList());
        }
    }

    public record OptionFigures(int key, String text, String textEn, Integer value, long count, double share) {
    }

    public record SectionFigures(String section, String sectionEn, Double mean, long points) {
    }
}
