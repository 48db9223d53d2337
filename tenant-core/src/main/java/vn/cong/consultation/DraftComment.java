package vn.cong.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.cong.platform.DomainException;
import vn.cong.platform.PersonalData;
import vn.cong.platform.TenantOwned;

/**
 * A citizen's comment (góp ý) on a draft — on the whole draft or on one paragraph, whose text it keeps as it read in
 * the version commented on. Its author's name and e-mail are sealed at rest ({@link PersonalData}) and shown masked.
 * Its life: visible at once (post-moderation) or pending (pre-moderation); a moderator shows, hides or rejects it;
 * enough reports hide it until a moderator decides (a comment a moderator kept is not hidden by reports again); in the
 * synthesis the board accepts, rejects or explains it.
 */
@Entity
@Table(name = "consultation_comment")
public class DraftComment extends TenantOwned {

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    /** The paragraph's number in the version commented on; null for a comment on the whole draft. */
    private Integer paragraph;

    @Column(name = "paragraph_text")
    private String paragraphText;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Convert(converter = PersonalData.class)
    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Convert(converter = PersonalData.class)
    @Column(name = "author_email")
    private String authorEmail;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentState state;

    @Column(nullable = false)
    private int reports;

    @Column(name = "kept_by_moderator", nullable = false)
    private boolean keptByModerator;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Enumerated(EnumType.STRING)
    private CommentDecision decision;

    @Lob
    private String response;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DraftComment() {
    }

    public DraftComment(long consultationId, DraftParagraphs.Paragraph on, int revisionNumber, String authorName,
                        String authorEmail, String body, Moderation moderation, Instant at) {
        this.consultationId = consultationId;
        this.paragraph = on == null ? null : on.number();
        this.paragraphText = on == null ? null : shorten(on.text(), 2000);
        this.revisionNumber = revisionNumber;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.body = body;
        this.state = moderation == Moderation.PRE ? CommentState.PENDING : CommentState.VISIBLE;
        this.createdAt = at;
    }

    /** One more report; true when this one hides the comment (its threshold reached, no moderator kept it). */
    public boolean reported(int threshold) {
        reports++;
        if (state == CommentState.VISIBLE && !keptByModerator && reports >= threshold) {
            state = CommentState.HIDDEN;
            return true;
        }
        return false;
    }

    /** A moderator shows it (and so keeps it from being hidden by reports again), hides it or rejects it. */
    public void moderate(CommentState to, long by, Instant at) {
        if (to == CommentState.PENDING) {
            throw new DomainException(422, "consultation.moderation.invalid");
        }
        this.state = to;
        this.keptByModerator = to == CommentState.VISIBLE;
        this.moderatedBy = by;
        this.moderatedAt = at;
    }

    /** The board's answer in the synthesis; an explanation or a rejection says why. */
    public void decide(CommentDecision decision, String response, long by, Instant at) {
        if (decision == null) {
            throw new DomainException(422, "consultation.decision.required");
        }
        String why = response == null || response.isBlank() ? null : response.strip();
        if (why == null && decision != CommentDecision.ACCEPTED) {
            throw new DomainException(422, "consultation.response.required");
        }
        this.decision = decision;
        this.response = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public long getConsultationId() {
        return consultationId;
    }

    public Integer getParagraph() {
        return paragraph;
    }

    public String getParagraphText() {
        return paragraphText;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getBody() {
        return body;
    }

    public CommentState getState() {
        return state;
    }

    public int getReports() {
        return reports;
    }

    public CommentDecision getDecision() {
        return decision;
    }

    public String getResponse() {
        return response;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
