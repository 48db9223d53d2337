package vn.cong.interaction.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a survey made from its counts ({@link SurveyTallies}), with no database: each option counted once
 * for each answer that ticked it (a multiple choice's answer counts for every option ticked, never as a combination);
 * a single choice's or scale's answers are the sum of its options' counts, a multiple choice's the answers that ticked
 * any of its options; a scale's mean is Σ value × count ÷ Σ count; a section's mean the same over all its scales.
 * Free-text questions get their count only when the board reads ({@code withFreeText}); their words never come here.
 */
public final class SurveyCounting {

    private SurveyCounting() {
    }

    /** The counts of one survey, as the queries give them. */
    public record Counts(long answers, Map<Integer, Long> perOption, Map<Integer, Long> answeredMultiple,
                         Map<Integer, Long> perTextQuestion) {
    }

    public static SurveyResults results(long surveyId, Wording title, LocalDate opensOn, LocalDate closesOn,
                                        SurveyPhase phase, Questionnaire questionnaire, Counts counts,
                                        boolean withFreeText) {
        List<SurveyResults.QuestionResult> questions = new ArrayList<>();
        Map<Wording, long[]> sections = new LinkedHashMap<>(); // section → {Σ value × count, Σ count, highest point}
        int number = 0;
        for (SurveyQuestion question : questionnaire.questions()) {
            number++;
            if (question.kind() == QuestionKind.FREE_TEXT) {
                questions.add(new SurveyResults.QuestionResult(question.key(), number, question.kind(),
                        question.text(), question.section(), 0, List.of(), null,
                        withFreeText ? counts.perTextQuestion().getOrDefault(question.key(), 0L) : null));
                continue;
            }
            long ticks = 0;
            long weighted = 0;
            for (SurveyOption option : question.options()) {
                long count = counts.perOption().getOrDefault(option.key(), 0L);
                ticks += count;
                weighted += option.value() == null ? 0 : (long) option.value() * count;
            }
            long answered = question.kind() == QuestionKind.MULTIPLE_CHOICE
                    ? counts.answeredMultiple().getOrDefault(question.key(), 0L) : ticks;
            List<SurveyResults.OptionResult> options = new ArrayList<>();
            for (SurveyOption option : question.options()) {
                long count = counts.perOption().getOrDefault(option.key(), 0L);
                options.add(new SurveyResults.OptionResult(option.key(), option.text(), option.value(), count,
                        answered == 0 ? 0 : (double) count / answered));
            }
            Double mean = null;
            if (question.kind() == QuestionKind.SCALE) {
                mean = ticks == 0 ? null : (double) weighted / ticks;
                long sum = weighted;
                long given = ticks;
                int top = question.options().stream().mapToInt(o -> o.value() == null ? 0 : o.value()).max().orElse(0);
                question.sectionWording().ifPresent(section -> {
                    long[] sums = sections.computeIfAbsent(section, s -> new long[3]);
                    sums[0] += sum;
                    sums[1] += given;
                    sums[2] = Math.max(sums[2], top);
                });
            }
            questions.add(new SurveyResults.QuestionResult(question.key(), number, question.kind(), question.text(),
                    question.section(), answered, options, mean, null));
        }
        List<SurveyResults.SectionScore> scores = new ArrayList<>();
        sections.forEach((section, sums) -> scores.add(new SurveyResults.SectionScore(section,
                sums[1] == 0 ? null : (double) sums[0] / sums[1], sums[1], (int) sums[2])));
        return new SurveyResults(surveyId, title, opensOn, closesOn, phase, counts.answers(), questions, scores,
                withFreeText);
    }
}
