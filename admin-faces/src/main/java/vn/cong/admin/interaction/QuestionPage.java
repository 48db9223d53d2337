package vn.cong.admin.interaction;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.Labels;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.interaction.AskerView;
import vn.cong.interaction.Question;
import vn.cong.interaction.QuestionAction;
import vn.cong.interaction.QuestionDesk;
import vn.cong.interaction.QuestionHandling;
import vn.cong.interaction.QuestionPolicy;
import vn.cong.interaction.QuestionView;
import vn.cong.platform.DomainException;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.UnitDirectory;

/**
 * One citizen's question on the Q&amp;A desk ({@code ?id=}): what was asked, its state and deadline, the asker masked
 * — opened whole on request by those allowed, each opening audited — and exactly the moves {@link QuestionPolicy}
 * and the question's state offer this person, each in its own form: route to a responder (correcting the field),
 * transfer to the competent unit found by name, answer or amend the answer, publish, drop, merge into another code.
 * Each move is {@link QuestionHandling}'s; a refusal stays on the page with what was typed.
 */
@Named
@ViewScoped
public class QuestionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Units shown for a transfer search; the count says how many more there are. */
    static final int UNIT_RESULTS = 50;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient QuestionDesk desk;

    @Inject
    transient QuestionHandling handling;

    @Inject
    transient BoardDirectory board;

    @Inject
    transient UnitDirectory directory;

    private Long id;
    private Long responderId;
    private String field;
    private String transferQuery;
    private List<SelectItem> transferUnits;
    private int transferTotal;
    private Long transferUnitId;
    private String transferReason;
    private String answerText;
    private String dropReason;
    private String mergeCode;
    private transient QuestionView question;
    private transient AskerView opened;
    private transient List<SelectItem> responders;

    /** View action: the question as the desk shows it to this person (403, 404 otherwise); the answer to amend. */
    public void load() {
        try {
            if (id == null) {
                BackOffice.fail(404);
                return;
            }
            question = desk.question(backOffice.actor(), id);
            answerText = question.answer();
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public QuestionView getQuestion() {
        if (question == null && id != null) {
            question = desk.question(backOffice.actor(), id);
        }
        return question;
    }

    /** Offered to this person now: allowed by the policy and a legal move from the question's state. */
    public boolean offers(String action) {
        QuestionAction move = QuestionAction.valueOf(action);
        QuestionView view = getQuestion();
        return view != null && QuestionPolicy.can(backOffice.actor(), move) && move.from(view.state()).isPresent();
    }

    /** The asker as shown: masked, or whole once this person opened them. */
    public AskerView getAsker() {
        QuestionView view = getQuestion();
        return opened != null ? opened : view == null ? null : view.asker();
    }

    public boolean isOrganisation() {
        AskerView asker = getAsker();
        return asker != null && asker.kind() == Question.Asker.Kind.ORGANISATION;
    }

    /** The button that opens the asker whole, for those who may (each opening is audited). */
    public boolean isMayOpenIdentity() {
        return opened == null && QuestionPolicy.mayOpenIdentity(backOffice.actor());
    }

    public String openIdentity() {
        try {
            opened = desk.openIdentity(backOffice.actor(), id, backOffice.address());
            return null;
        } catch (DomainException e) {
            return refused(e);
        }
    }

    public String route() {
        if (responderId == null) {
            return missing("question.route.choose");
        }
        try {
            handling.route(backOffice.actor(), id, responderId, field, backOffice.address());
            return done("question.done.routed", accountName(responderId));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    /**
     * Finds the competent unit by name (without diacritics) or hostname anywhere on the platform — a commune's question
     * may be a ministry's to answer; a postback.
     */
    public String searchUnits() {
        transferUnits = new ArrayList<>();
        transferTotal = 0;
        transferUnitId = null;
        if (transferQuery != null && !transferQuery.isBlank()) {
            UnitDirectory.Found found = directory.search(null, transferQuery, UNIT_RESULTS);
            for (ResolvedHost host : found.units()) {
                transferUnits.add(new SelectItem(host.unitId(), host.unit().displayName(backOffice.getLanguage())
                        + " · " + host.hostname()));
            }
            transferTotal = found.total();
            if (transferUnits.size() == 1) {
                transferUnitId = (Long) transferUnits.get(0).getValue();
            }
        }
        return null;
    }

    public String transfer() {
        if (transferUnitId == null) {
            return missing("question.transfer.choose");
        }
        try {
            Question sent = handling.transfer(backOffice.actor(), id, transferUnitId, transferReason,
                    backOffice.address());
            String unit = directory.byUnitId(transferUnitId).map(h -> h.unit().displayName(backOffice.getLanguage()))
                    .orElse(String.valueOf(transferUnitId));
            return done("question.done.transferred", unit, sent.getTransferredCode());
        } catch (DomainException e) {
            return refused(e);
        }
    }

    public String answer() {
        try {
            handling.answer(backOffice.actor(), id, answerText, backOffice.address());
            return done("question.done.answered");
        } catch (DomainException e) {
            return refused(e);
        }
    }

    public String publish() {
        try {
            handling.publish(backOffice.actor(), List.of(id), backOffice.address());
            return done("question.done.published");
        } catch (DomainException e) {
            return refused(e);
        }
    }

    public String drop() {
        try {
            handling.drop(backOffice.actor(), id, dropReason, backOffice.address());
            return done("question.done.dropped");
        } catch (DomainException e) {
            return refused(e);
        }
    }

    public String merge() {
        try {
            Question merged = handling.merge(backOffice.actor(), id, mergeCode, backOffice.address());
            return done("question.done.merged", merged.getMergedInto());
        } catch (DomainException e) {
            return refused(e);
        }
    }

    /** The move is done: its message on the question's page, read again (a reload does not repeat it). */
    private String done(String key, Object... arguments) {
        Labels.flash(backOffice.getLanguage(), key, arguments);
        return "/admin/question.xhtml?faces-redirect=true&id=" + id;
    }

    /** A refusal in the person's language; the question read again, what was typed kept. */
    private String refused(DomainException refusal) {
        question = null;
        return backOffice.show(refusal);
    }

    private String missing(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                backOffice.label(key), null));
        return null;
    }

    /** The unit's answerers — the head and the Q&amp;A responders — each with their roles. */
    public List<SelectItem> getResponders() {
        if (responders == null) {
            responders = new ArrayList<>();
            for (QuestionDesk.Responder responder : desk.responders(backOffice.actor())) {
                responders.add(new SelectItem(responder.accountId(), responder.fullName() + " ("
                        + responder.username() + ") · " + String.join(", ", responder.roles().stream()
                        .map(r -> r.displayName(backOffice.getLanguage())).toList())));
            }
        }
        return responders;
    }

    public List<SubjectField> getFields() {
        return board.fields();
    }

    public String accountName(Long accountId) {
        return accountId == null ? "" : board.account(accountId)
                .map(a -> a.getFullName() + " (" + a.getUsername() + ")").orElse(String.valueOf(accountId));
    }

    public String fieldName(String code) {
        return code == null ? "" : board.field(code).map(f -> f.name(backOffice.getLanguage())).orElse(code);
    }

    public String unitName(Long unitId) {
        return unitId == null ? "" : directory.byUnitId(unitId)
                .map(h -> h.unit().displayName(backOffice.getLanguage())).orElse(String.valueOf(unitId));
    }

    public boolean isSearched() {
        return transferUnits != null;
    }

    public String getUnitResultsText() {
        return backOffice.label("question.transfer.results", transferTotal, UNIT_RESULTS);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getResponderId() {
        return responderId;
    }

    public void setResponderId(Long responderId) {
        this.responderId = responderId;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTransferQuery() {
        return transferQuery;
    }

    public void setTransferQuery(String transferQuery) {
        this.transferQuery = transferQuery == null ? null : transferQuery.strip();
    }

    public List<SelectItem> getTransferUnits() {
        return transferUnits == null ? List.of() : transferUnits;
    }

    public int getTransferTotal() {
        return transferTotal;
    }

    public Long getTransferUnitId() {
        return transferUnitId;
    }

    public void setTransferUnitId(Long transferUnitId) {
        this.transferUnitId = transferUnitId;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getDropReason() {
        return dropReason;
    }

    public void setDropReason(String dropReason) {
        this.dropReason = dropReason;
    }

    public String getMergeCode() {
        return mergeCode;
    }

    public void setMergeCode(String mergeCode) {
        this.mergeCode = mergeCode;
    }
}
