package vn.cong.admin.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.Labels;
import vn.cong.interaction.survey.Survey;
import vn.cong.interaction.survey.SurveyBoard;
import vn.cong.interaction.survey.SurveyBuilder;
import vn.cong.interaction.survey.SurveyDraft;
import vn.cong.interaction.survey.SurveyPolicy;
import vn.cong.interaction.survey.SurveyRow;
import vn.cong.interaction.survey.SurveyTemplates;
import vn.cong.interaction.survey.Wording;
import vn.cong.platform.DomainException;
import vn.cong.platform.Vietnam;

/**
 * Khảo sát — the unit's surveys for the board ({@link SurveyPolicy#mayBuild}; 403 for anyone else): the list, newest
 * first, read a page at a time from {@link SurveyBoard} with each survey's answers counted; a new survey (title and
 * days, its questions added in the builder) or one made from the SIPAS template. Creating leads to the builder.
 */
@Named
@ViewScoped
public class SurveysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient SurveyBoard board;

    @Inject
    transient SurveyBuilder builder;

    private final Rows rows = new Rows();
    private String title;
    private String titleEn;
    private String opensOn;
    private String closesOn;
    private String templateOpensOn;
    private String templateClosesOn;

    /** View action: the list is the board's (403 for anyone else); the days start as today and a month on. */
    public void load() {
        if (!SurveyPolicy.mayBuild(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        opensOn = opensOn == null ? today.toString() : opensOn;
        closesOn = closesOn == null ? today.plusMonths(1).toString() : closesOn;
        templateOpensOn = templateOpensOn == null ? opensOn : templateOpensOn;
        templateClosesOn = templateClosesOn == null ? closesOn : templateClosesOn;
    }

    public String create() {
        try {
            Survey created = builder.create(backOffice.actor(), new SurveyDraft(new Wording(title, titleEn), null,
                    SurveyInput.day(opensOn), SurveyInput.day(closesOn), List.of()), backOffice.address());
            return toBuilder(created, "surveys.created");
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String createFromSipas() {
        try {
            Survey created = builder.createFromTemplate(backOffice.actor(), SurveyTemplates.SIPAS,
                    SurveyInput.day(templateOpensOn), SurveyInput.day(templateClosesOn), backOffice.address());
            return toBuilder(created, "surveys.created.template");
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    private String toBuilder(Survey created, String key) {
        Labels.flash(backOffice.getLanguage(), key, created.getTitle().in(backOffice.getLanguage()));
        return "/admin/survey.xhtml?faces-redirect=true&id=" + created.getId();
    }

    public LazyDataModel<SurveyRow> getRows() {
        return rows;
    }

    public String day(LocalDate day) {
        return day == null ? "" : SurveyInput.DAY.format(day);
    }

    /** The board's surveys a page at a time: the count and one page, each a query of the board's service. */
    private class Rows extends LazyDataModel<SurveyRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, board.count(backOffice.actor()));
        }

        @Override
        public List<SurveyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return board.list(backOffice.actor(), first, pageSize);
        }

        @Override
        public String getRowKey(SurveyRow row) {
            return String.valueOf(row.id());
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public String getTemplateOpensOn() {
        return templateOpensOn;
    }

    public void setTemplateOpensOn(String templateOpensOn) {
        this.templateOpensOn = templateOpensOn;
    }

    public String getTemplateClosesOn() {
        return templateClosesOn;
    }

    public void setTemplateClosesOn(String templateClosesOn) {
        this.templateClosesOn = templateClosesOn;
    }
}
