package vn.cong.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.platform.PersonalData;
import vn.cong.platform.TenantOwned;

/**
 * A citizen's question, feedback or petition (hỏi đáp, phản ánh kiến nghị — REQUIREMENTS §3.14, issue #12) to one
 * unit: its tracking code, subject and text, and the asker's identity (ND Art. 9.2), each identity field sealed at
 * rest by {@link PersonalData}. Tenant-owned: a unit sees its own questions only.
 */
@Entity
@Table(name = "question")
public class Question extends TenantOwned {

    @Column(name = "received_day", nullable = false)
    private LocalDate receivedDay;

    @Column(name = "day_number", nullable = false)
    private int dayNumber;

    @Column(nullable = false)
    private String subject;

    @jakarta.persistence.Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionState state;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "asker_kind", nullable = false)
    private Asker.Kind askerKind;

    /** A person's name, or an organisation's representative's. */
    @Convert(converter = PersonalData.class)
    @Column(name = "asker_name", nullable = false)
    private String askerName;

    @Convert(converter = PersonalData.class)
    @Column(name = "asker_nationality")
    private String askerNationality;

    /** An organisation's full name and its representative's position (ND Art. 9.2a). */
    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "representative_position")
    private String representativePosition;

    @Convert(converter = PersonalData.class)
    @Column(name = "asker_id_number")
    private String askerIdNumber;

    @Convert(converter = PersonalData.class)
    @Column(name = "asker_address")
    private String askerAddress;

    @Convert(converter = PersonalData.class)
    @Column(name = "asker_phone")
    private String askerPhone;

    @Convert(converter = PersonalData.class)
    @Column(name = "asker_email")
    private String askerEmail;

    /** SHA-256 of the key the asker opens the status page with ({@link AccessKey}); the key itself is not kept. */
    @Column(name = "access_key_hash")
    private String accessKeyHash;

    /** The subject field (lĩnh vực) the asker chose, by which the secretariat routes it. */
    @Column(name = "field_code")
    private String fieldCode;

    /** When the answer is due, from the unit's "question received" rule (none when its catalog has no such rule). */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "obligation_id")
    private Long obligationId;

    /** The responder the secretariat gave it to (an account of the unit). */
    @Column(name = "routed_to")
    private Long routedTo;

    @Column(name = "routed_at")
    private Instant routedAt;

    @jakarta.persistence.Lob
    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_by")
    private Long answeredBy;

    /** Who answered, as the published answer names them (the head or the authorised responder, ND Art. 9.4). */
    @Column(name = "answered_by_name")
    private String answeredByName;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Why it was dropped (ND Art. 22.6) or transferred — shown to the asker. */
    @Column(name = "closing_reason")
    private String closingReason;

    /** The question this one was merged into, which the asker follows instead. */
    @Column(name = "merged_into")
    private String mergedInto;

    /** The competent unit it was sent to, and the code it has there (the asker follows it there). */
    @Column(name = "transferred_to")
    private Long transferredTo;

    @Column(name = "transferred_code")
    private String transferredCode;

    /** On the receiving side: the unit that sent it here, and the code it had there. */
    @Column(name = "transferred_from")
    private Long transferredFrom;

    @Column(name = "transferred_from_code")
    private String transferredFromCode;

    /** Its words folded (no diacritics, lower case), for the public list's search; set when published. */
    @jakarta.persistence.Lob
    @Column(name = "search_text")
    private String searchText;

    /** When the asker's identity was erased by the retention rule; the question and its answer stay. */
    @Column(name = "identity_erased_at")
    private Instant identityErasedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** What an erased asker's name reads. */
    public static final String ERASED = "—";

    protected Question() {
    }

    public Question(TrackingCode code, String subject, String body, Asker asker, Instant receivedAt) {
        this(code, subject, body, asker, null, null, receivedAt);
    }

    public Question(TrackingCode code, String subject, String body, Asker asker, String fieldCode, AccessKey key,
                    Instant receivedAt) {
        this.fieldCode = fieldCode;
        this.accessKeyHash = key == null ? null : key.hash();
        this.receivedDay = code.day();
        this.dayNumber = code.number();
        this.subject = subject;
        this.body = body;
        this.askerKind = asker.kind();
        this.askerName = asker.name();
        this.askerNationality = asker.nationality();
        this.organisationName = asker.organisation();
        this.representativePosition = asker.position();
        this.askerIdNumber = asker.idNumber();
        this.askerAddress = asker.address();
        this.askerPhone = asker.phone();
        this.askerEmail = asker.email();
        this.receivedAt = receivedAt;
        this.state = QuestionState.RECEIVED;
    }

    /**
     * Who asked (ND Art. 9.2): a person — name, nationality, ID or passport number, address, phone, e-mail if any —
     * or an organisation — its representative's name and position, its full name, phone and e-mail. The person's
     * data are shown to responders masked unless they open them; an organisation's name and position are public.
     */
    public record Asker(Kind kind, String name, String nationality, String idNumber, String address, String phone,
                        String email, String organisation, String position) {

        public enum Kind { PERSON, ORGANISATION }

        public static Asker person(String name, String nationality, String idNumber, String address, String phone,
                                   String email) {
            return new Asker(Kind.PERSON, name, nationality, idNumber, address, phone, email, null, null);
        }
    }

    public TrackingCode trackingCode() {
        return new TrackingCode(receivedDay, dayNumber);
    }

    public Asker asker() {
        return new Asker(askerKind, askerName, askerNationality, askerIdNumber, askerAddress, askerPhone, askerEmail,
                organisationName, representativePosition);
    }

    /** Gives it to a responder, by its subject field (which the secretariat may correct); again while unanswered. */
    public void route(long responder, String field, Instant at) {
        move(QuestionAction.ROUTE);
        this.routedTo = responder;
        this.routedAt = at;
        if (field != null) {
            this.fieldCode = field;
        }
    }

    /**
     * Sends it to the competent unit (ND Art. 22.5) — closed here; the unit received it as a question of its own,
     * {@code there}, which the asker follows from now on.
     */
    public void transfer(long toUnit, TrackingCode there, String reason, Instant at) {
        String why = required(reason, "question.reason.required");
        move(QuestionAction.TRANSFER);
        this.transferredTo = toUnit;
        this.transferredCode = there.toString();
        this.closingReason = why;
        this.closedAt = at;
    }

    /** Checks a transfer before the competent unit is asked to receive it: the reason given, the move legal. */
    public void checkTransfer(String reason) {
        required(reason, "question.reason.required");
        if (QuestionAction.TRANSFER.from(state).isEmpty()) {
            throw illegal(QuestionAction.TRANSFER);
        }
    }

    /**
     * The question as the competent unit receives it from {@code fromUnit}: the same asker, subject and text, the
     * same status-link key (the asker's link leads on), received now, under a code of the receiving unit.
     */
    public Question transferredAs(TrackingCode code, long fromUnit, Instant at) {
        Question received = new Question(code, subject, body, asker(), null, null, at);
        received.accessKeyHash = accessKeyHash;
        received.transferredFrom = fromUnit;
        received.transferredFromCode = trackingCode().toString();
        return received;
    }

    /** The answer (amended while it is not published), by the head or the authorised responder. */
    public void answer(String text, long by, String byName, Instant at) {
        String answer = required(text, "question.answer.required");
        move(QuestionAction.ANSWER);
        this.answerText = answer;
        this.answeredBy = by;
        this.answeredByName = byName;
        this.answeredAt = at;
    }

    /** The answer goes into the public Q&A list; the deadline is met on its answer, not here. */
    public void publish(Instant at) {
        move(QuestionAction.PUBLISH);
        this.publishedAt = at;
        this.closedAt = at;
        this.searchText = vn.cong.platform.VietnameseText.fold(subject + "\n" + body + "\n" + answerText);
    }

    /**
     * Erases the asker's identity (the retention rule, once the question has long been closed): the name becomes a
     * placeholder, every other identity field is gone; the question, its answer and the organisation's name stay.
     */
    public void eraseIdentity(Instant at) {
        this.askerName = ERASED;
        this.askerNationality = null;
        this.askerIdNumber = null;
        this.askerAddress = null;
        this.askerPhone = null;
        this.askerEmail = null;
        this.representativePosition = askerKind == Asker.Kind.ORGANISATION ? representativePosition : null;
        this.identityErasedAt = at;
    }

    /** Received or routed: nobody has answered it yet. */
    public boolean awaitsAnswer() {
        return state.awaitsAnswer();
    }

    public boolean isOpen() {
        return state == QuestionState.RECEIVED || state == QuestionState.ROUTED || state == QuestionState.ANSWERED;
    }

    /** An abusive question is not handled (ND Art. 22.6); the reason is the asker's to read. */
    public void drop(String reason, Instant at) {
        String why = required(reason, "question.reason.required");
        move(QuestionAction.DROP);
        this.closingReason = why;
        this.closedAt = at;
    }

    /** A duplicate: the asker follows {@code kept}, whose answer answers both. */
    public void mergeInto(TrackingCode kept, Instant at) {
        if (kept.equals(trackingCode())) {
            throw new DomainException(422, "question.merge.itself", kept);
        }
        move(QuestionAction.MERGE);
        this.mergedInto = kept.toString();
        this.closedAt = at;
    }

    private void move(QuestionAction action) {
        state = action.from(state).orElseThrow(() -> illegal(action));
    }

    /** 409, the action and the state named in the reader's words. */
    private DomainException illegal(QuestionAction action) {
        return new DomainException(409, "question.move.illegal", Messages.word("question.action." + action.name()),
                Messages.word("question.state." + state.name()));
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(422, key);
        }
        return text.strip();
    }

    public Long getRoutedTo() {
        return routedTo;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public Long getTransferredTo() {
        return transferredTo;
    }

    public String getTransferredCode() {
        return transferredCode;
    }

    public Long getTransferredFrom() {
        return transferredFrom;
    }

    public String getTransferredFromCode() {
        return transferredFromCode;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    String searchText() {
        return searchText;
    }

    public Instant getIdentityErasedAt() {
        return identityErasedAt;
    }

    public Long getObligationId() {
        return obligationId;
    }

    /** Whether {@code key} opens this question's status page. */
    public boolean opensWith(AccessKey key) {
        return accessKeyHash != null && key.matches(accessKeyHash);
    }

    /** The deadline of its answer, as the compliance engine computed it for the obligation it started. */
    void due(Instant at, Long obligation) {
        this.dueAt = at;
        this.obligationId = obligation;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public QuestionState getState() {
        return state;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
