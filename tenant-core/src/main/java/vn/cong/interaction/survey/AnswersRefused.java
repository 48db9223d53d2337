package vn.cong.interaction.survey;

import java.util.Map;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;

/**
 * An answer that cannot be taken (422): each question's problem by its key (a message key of
 * {@code vn/cong/messages}), so that the form shows each message beside its question; none when nothing at all was
 * answered. Nothing is saved when it is thrown.
 */
public class AnswersRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient Map<Integer, String> problems;

    AnswersRefused(Map<Integer, String> problems) {
        super(422, problems.isEmpty() ? "survey.answer.empty" : "survey.answer.invalid", problems.size());
        this.problems = Map.copyOf(problems);
    }

    /** Question key → message key. */
    public Map<Integer, String> problems() {
        return problems;
    }

    /** The problem of one question, in a language; null when it has none. */
    public String problemOf(int questionKey, String language) {
        String key = problems.get(questionKey);
        return key == null ? null : Messages.format(language, key);
    }
}
