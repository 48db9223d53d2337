package vn.cong.admin.consultation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.Labels;
import vn.cong.consultation.CommentDecision;
import vn.cong.consultation.CommentModeration;
import vn.cong.consultation.CommentState;
import vn.cong.consultation.Consultation;
import vn.cong.consultation.ConsultationPolicy;
import vn.cong.consultation.ConsultationTerms;
import vn.cong.consultation.Consultations;
import vn.cong.consultation.Synthesis;
import vn.cong.platform.DomainException;

/**
 * One consultation on a draft ({@code ?id=}, with {@code &state=} — a comment state or {@code ALL}; by default the
 * comments waiting for a moderator when there are any, else all — and {@code &page=}): its draft, status and terms —
 * changed until the outcome is published ({@link Consultations#change}) —, the comments of the chosen state a page at
 * a time ({@link CommentModeration}), each shown, hidden or rejected and given the board's decision and response
 * ({@link Synthesis#decide}); the synthesis as XLSX; and, for the head and deputy heads, the outcome published with the
 * conclusion. Every button a full POST; success is a message on the page read again at its address, a refusal a
 * message in the person's language with everything typed kept — the responses typed on other comments too, carried
 * over the redirect.
 */
@Named
@ViewScoped
public class ConsultationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;
    /** The filter that shows every comment. */
    /** The name of the comment rows' buttons (and the id of the form's command they trigger): "STATE-id", "DECIDE-id". */
    static final String ACTION = "comment-action";
    static final String DECIDE = "DECIDE";
    private static final String TYPED = ConsultationPage.class.getName() + ".typed";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient Consultations consultations;

    @Inject
    transient CommentModeration moderation;

    @Inject
    transient Synthesis synthesis;

    @Inject
    transient DraftChoices drafts;


    private Long id;
    private String state;
    private String page;
    private TermsForm terms;
    private String outcomeNote;
    private ConsultationFacts facts;
    private Map<CommentState, Long> counts;
    private List<CommentRow> comments;
    private long total;
    private Typed typed = new Typed(new HashMap<>(), new HashMap<>());

    /** Decisions and responses typed on the comments, by comment id, until they are saved. */
    record Typed(HashMap<Long, String> decisions, HashMap<Long, String> responses) implements Serializable {
    }

    /** View action: 403 for anyone but the secretariat and the heads, 404 for another unit's; the terms to edit. */
    public void load() {
        if (!ConsultationPolicy.mayManage(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        if (id == null) {
            BackOffice.fail(404);
            return;
        }
        try {
            Consultation consultation = read();
            terms = TermsForm.of(consultation.terms());
        } catch (DomainException e) {
            BackOffice.fail(e.status());
            return;
        }
        Object carried = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(TYPED);
        if (carried instanceof Typed kept) {
            typed = kept;
        }
    }

    /** The consultation, its counts and the page of comments shown, read again. */
    private Consultation read() {
        Consultation c = consultations.get(backOffice.actor(), id);
        DraftChoices.Draft draft = drafts.draft(c.getItemId()).orElse(null);
        ConsultationTerms t = c.terms();
        facts = new ConsultationFacts(c.getId(), c.getItemId(), draft == null ? "" : draft.title(),
                draft == null ? null : draft.slug(), draft == null ? null : draft.state(), t.period().opensOn(),
                t.period().closesOn(), t.period().days(), c.status(today()), t.receivingUnit(), t.receivingAddress(),
                t.receivingEmail(), t.moderation(), t.reportThreshold(), c.getOutcomeNote(), c.getOutcomePublishedAt());
        counts = new EnumMap<>(CommentState.class);
        for (CommentState each : CommentState.values()) {
            counts.put(each, moderation.count(backOffice.actor(), id, each));
        }
        CommentState chosen = chosenState();
        total = moderation.count(backOffice.actor(), id, chosen);
        if (getPageNumber() > getPages()) {
            page = String.valueOf(getPages()); // the last page, when moves emptied the one asked for
        }
        comments = moderation.comments(backOffice.actor(), id, chosen, (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE)
                .stream().map(CommentRow::of).toList();
        return c;
    }

    private LocalDate today() {
        return consultations.today();
    }

    // ---- the moves ----

    /** New terms; refused once the outcome is published. */
    public String change() {
        try {
            consultations.change(backOffice.actor(), id, terms.read(), backOffice.address());
            return done("consultation.done.terms");
        } catch (DomainException e) {
            return refused(e);
        }
    }

    /**
     * The button of a comment row ({@value #ACTION} = {@code VISIBLE-12}, {@code HIDDEN-12}, {@code REJECTED-12} or
     * {@code DECIDE-12}): shows, hides or rejects the comment, or saves the decision and response typed on it. What was
     * typed on the page's other comments is carried over to the page read again.
     */
    public String commentAction() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        keepTyped(parameters);
        String value = parameters.getOrDefault(ACTION, "");
        int dash = value.lastIndexOf('-');
        long commentId;
        try {
            commentId = Long.parseLong(value.substring(dash + 1).strip());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null; // not one of the page's buttons: nothing to do
        }
        String move = dash < 0 ? "" : value.substring(0, dash).strip().toUpperCase(Locale.ROOT);
        CommentState to = DECIDE.equals(move) ? null : state(move);
        if (!DECIDE.equals(move) && to == null) {
            return null; // an unknown move
        }
        try {
            if (to == null) {
                synthesis.decide(backOffice.actor(), commentId, decision(typed.decisions().get(commentId)),
                        typed.responses().get(commentId), backOffice.address());
                typed.decisions().remove(commentId);
                typed.responses().remove(commentId);
                return carryTyped(done("consultation.done.decided"));
            }
            moderation.moderate(backOffice.actor(), commentId, to, backOffice.address());
            return carryTyped(done("consultation.done.moderated." + to.name()));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private static CommentState state(String word) {
        for (CommentState each : CommentState.values()) {
            if (each.name().equals(word)) {
                return each;
            }
        }
        return null;
    }

    public String publishOutcome() {
        try {
            synthesis.publishOutcome(backOffice.actor(), id, outcomeNote, backOffice.address());
            return done("consultation.done.published");
        } catch (DomainException e) {
            return refused(e);
        }
    }

    /** The synthesis as the board files it (p:fileDownload). */
    public StreamedContent getWorkbook() {
        byte[] bytes = synthesis.workbook(backOffice.actor(), id);
        return DefaultStreamedContent.builder().name("tong-hop-gop-y-" + id + ".xlsx").contentType(XLSX)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private static CommentDecision decision(String word) {
        if (word == null || word.isBlank()) {
            return null; // the synthesis says a decision is required
        }
        try {
            return CommentDecision.valueOf(word.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The decisions and responses in the request, by comment, kept as typed. */
    private void keepTyped(Map<String, String> parameters) {
        for (CommentRow row : comments == null ? List.<CommentRow>of() : comments) {
            String decision = parameters.get("decision-" + row.id());
            String response = parameters.get("response-" + row.id());
            if (decision != null) {
                typed.decisions().put(row.id(), decision);
            }
            if (response != null) {
                typed.responses().put(row.id(), response);
            }
        }
    }

    /** The move is done: its message on the consultation's page read again at its address (a reload repeats nothing). */
    private String done(String key, Object... arguments) {
        Labels.flash(backOffice.getLanguage(), key, arguments);
        // the filter as the address named it: by default, the pending comments are shown again only while there are any
        return "/admin/consultation.xhtml?faces-redirect=true&id=" + id
                + (state == null || state.isBlank() ? "" : "&state=" + getChosen()) + "&page=" + getPageNumber();
    }

    /** What is still typed on other comments, for the page after the redirect. */
    private String carryTyped(String outcome) {
        if (!typed.decisions().isEmpty() || !typed.responses().isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().put(TYPED, typed);
        }
        return outcome;
    }

    /** A refusal in the person's language; the consultation read again, what was typed kept. */
    private String refused(DomainException refusal) {
        try {
            read();
        } catch (DomainException gone) {
            // the consultation could not be read again: the refusal says enough
        }
        return backOffice.show(refusal);
    }

    // ---- what the page shows ----

    public ConsultationFacts getFacts() {
        return facts;
    }

    public TermsForm getTerms() {
        return terms;
    }

    public List<CommentRow> getComments() {
        return comments == null ? List.of() : comments;
    }

    public boolean isMayPublishOutcome() {
        return ConsultationPolicy.mayPublishOutcome(backOffice.actor());
    }

    /** The filters offered, in order: each state, then all. */
    public List<String> getFilters() {
        return CommentFilter.FILTERS;
    }

    /** How many comments a filter shows. */
    public long count(String filter) {
        return CommentFilter.count(counts, filter);
    }

    /** The filter in force: the one the address names, else the pending comments when there are any, else all. */
    public String getChosen() {
        CommentState chosen = chosenState();
        return chosen == null ? CommentFilter.ALL : chosen.name();
    }

    private CommentState chosenState() {
        return CommentFilter.chosen(state, counts);
    }

    public int getPageNumber() {
        return CommentFilter.pageNumber(page);
    }

    /** The number of the page's first comment, for the list's numbering. */
    public int getFirstNumber() {
        return (getPageNumber() - 1) * PAGE_SIZE + 1;
    }

    public long getPages() {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getTotal() {
        return total;
    }

    /** The moderator's moves offered on a comment: to each state it is not in (never back to pending). */
    public boolean offers(CommentRow row, String to) {
        return row.state() != CommentState.valueOf(to);
    }

    /** A comment gets the board's decision unless moderation rejected it, until the outcome is published. */
    public boolean decidable(CommentRow row) {
        return row.state() != CommentState.REJECTED && facts != null && !facts.published();
    }

    public CommentDecision[] getDecisions() {
        return CommentDecision.values();
    }

    /** The decision shown in a row's choice: as typed, else as saved. */
    public String decisionOf(CommentRow row) {
        String kept = typed.decisions().get(row.id());
        return kept != null ? kept : row.decision() == null ? "" : row.decision().name();
    }

    public String responseOf(CommentRow row) {
        String kept = typed.responses().get(row.id());
        return kept != null ? kept : row.response() == null ? "" : row.response();
    }

    /** "Đoạn 3: …" with the paragraph's opening words, or "Toàn văn dự thảo". */
    public String paragraphOf(CommentRow row) {
        if (row.paragraph() == null) {
            return backOffice.label("consultation.comment.whole");
        }
        String text = row.paragraphText() == null ? "" : row.paragraphText();
        return backOffice.label("consultation.comment.paragraph", row.paragraph(),
                text.length() <= 160 ? text : text.substring(0, 159) + "…");
    }

    public String day(LocalDate day) {
        return day == null ? "" : ConsultationsPage.DAY.format(day);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }
}
