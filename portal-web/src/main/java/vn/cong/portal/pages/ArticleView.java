package vn.cong.portal.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cong.content.LegalStatus;
import vn.cong.content.ShownField;

/**
 * What a citizen sees of one article on one language channel, read once and kept by {@link CitizenArticles}: an
 * immutable copy made inside the read transaction, so that rendering the page touches no entity and no database.
 * Getters, not record components: Jakarta EL reads properties faster than it calls methods.
 */
public final class ArticleView {

    private final String slug;
    private final String title;
    private final String summary;
    private final String body;
    private final String publishedOn;
    private final boolean withdrawn;
    private final String withdrawnOn;
    private final String withdrawalNote;
    private final String source;
    private final String authorName;
    private final String permissionRef;
    private final String categoryCode;
    private final String categoryName;
    private final List<Update> updates;
    private final List<ShownField> fields;
    private final LegalDates legalDates;
    private final ConsultationNotice consultation;

    ArticleView(Builder b) {
        slug = b.slug;
        title = b.title;
        summary = b.summary;
        body = b.body;
        publishedOn = PortalPage.formatDate(b.publishedAt);
        withdrawn = b.withdrawn;
        withdrawnOn = PortalPage.formatDate(b.withdrawnAt);
        withdrawalNote = b.withdrawalNote;
        source = b.source;
        authorName = b.authorName;
        permissionRef = b.permissionRef;
        categoryCode = b.categoryCode;
        categoryName = b.categoryName;
        updates = List.copyOf(b.updates);
        fields = List.copyOf(b.fields);
        legalDates = b.legalDates;
        consultation = b.consultation;
    }

    /** A draft for comment's period and the address where it is commented on; null for other items. */
    public ConsultationNotice getConsultation() {
        return consultation;
    }

    /** The box above a draft for comment: its period (dates only, so the cached page stays true) and the link. */
    public record ConsultationNotice(String opensOn, String closesOn, String path) {
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** Sanitised when it was saved (OWASP policy in tenant-core): written out as HTML. */
    public String getBody() {
        return body;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    /** Stays readable with a withdrawal notice (its note, its date). */
    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    /** The source citizens read: the named source, or the unit itself for its own content (BNV Art. 3.6). */
    public String getSource() {
        return source;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getPermissionRef() {
        return permissionRef;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getCategoryName() {
        return categoryName;
    }

    /** The notes of the article's published major changes, newest first. */
    public List<Update> getUpdates() {
        return updates;
    }

    /** The date of the latest major change, empty when there is none. */
    public String getLastUpdatedOn() {
        return updates.isEmpty() ? "" : updates.get(0).getPublishedOn();
    }

    public List<ShownField> getFields() {
        return fields;
    }

    /** A legal document's status on {@code day} (it changes with the date, so it is not kept); null for others. */
    public LegalStatus legalStatusOn(LocalDate day) {
        return legalDates == null ? null : LegalStatus.on(day, legalDates.effective(), legalDates.expiry());
    }

    /** One published major change: its date and its note ("Cập nhật ngày …: …"). */
    public static final class Update {

        private final String publishedOn;
        private final String changeNote;

        Update(Instant publishedAt, String changeNote) {
            this.publishedOn = PortalPage.formatDate(publishedAt);
            this.changeNote = changeNote;
        }

        public String getPublishedOn() {
            return publishedOn;
        }

        public String getChangeNote() {
            return changeNote;
        }
    }

    /** A legal document's effective and expiry dates (either may be absent). */
    record LegalDates(LocalDate effective, LocalDate expiry) {
    }

    static final class Builder {
        String slug;
        String title;
        String summary;
        String body;
        Instant publishedAt;
        boolean withdrawn;
        Instant withdrawnAt;
        String withdrawalNote;
        String source;
        String authorName;
        String permissionRef;
        String categoryCode = "";
        String categoryName = "";
        List<Update> updates = List.of();
        List<ShownField> fields = List.of();
        LegalDates legalDates;
        ConsultationNotice consultation;

        ArticleView build() {
            return new ArticleView(this);
        }
    }
}
