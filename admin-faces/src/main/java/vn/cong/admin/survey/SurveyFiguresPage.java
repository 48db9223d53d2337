package vn.cong.admin.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.cong.admin.shell.BackOffice;
import vn.cong.interaction.survey.FreeTextAnswer;
import vn.cong.interaction.survey.SurveyBoard;
import vn.cong.interaction.survey.SurveyPolicy;
import vn.cong.interaction.survey.SurveyResults;
import vn.cong.platform.DomainException;

/**
 * Kết quả khảo sát in the back office ({@code survey-results.xhtml?id=&question=}): the statistics as citizens see them
 * — bars and tables, themes' {@code cong-chart/survey-results.xhtml} — with how many free-text answers each free-text
 * question has, and, for the question chosen, those answers newest first, read a page at a time (a survey of the whole
 * province may hold tens of thousands). The board's only ({@link SurveyPolicy}; 403 for anyone else).
 */
@Named
@ViewScoped
public class SurveyFiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient SurveyBoard board;

    private Long id;
    private Integer question;
    private transient SurveyResults results;
    private final Answers answers = new Answers();

    /** View action: the board's statistics of the survey (403, 404 otherwise); the free-text question asked for. */
    public void load() {
        try {
            if (id == null) {
                BackOffice.fail(404);
                return;
            }
            results = board.results(backOffice.actor(), id);
            if (question != null && SurveyPolicy.mayReadFreeText(backOffice.actor())) {
                board.freeTextCount(backOffice.actor(), id, question); // 404 for a question that is not free text
            }
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public SurveyResults getResults() {
        if (results == null && id != null) {
            results = board.results(backOffice.actor(), id);
        }
        return results;
    }

    /** The address of a free-text question's answers on this page (its key appended). */
    public String getTextLink() {
        return SurveyPolicy.mayReadFreeText(backOffice.actor())
                ? "/admin/survey-results.xhtml?id=" + id + "&question=" : "";
    }

    /** The free-text question whose answers are shown, if one was chosen. */
    public SurveyResults.QuestionResult getChosen() {
        if (question == null || getResults() == null) {
            return null;
        }
        return getResults().questions().stream().filter(q -> q.key() == question && q.isFreeText()).findFirst()
                .orElse(null);
    }

    public LazyDataModel<FreeTextAnswer> getAnswers() {
        return answers;
    }

    /** One free-text question's answers a page at a time, newest first. */
    private class Answers extends LazyDataModel<FreeTextAnswer> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return question == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                    board.freeTextCount(backOffice.actor(), id, question));
        }

        @Override
        public List<FreeTextAnswer> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return question == null ? List.of() : board.freeText(backOffice.actor(), id, question, first, pageSize);
        }

        @Override
        public String getRowKey(FreeTextAnswer answer) {
            return String.valueOf(answer.id());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getQuestion() {
        return question;
    }

    public void setQuestion(Integer question) {
        this.question = question;
    }
}
