package vn.cong.consultation;

import java.time.Instant;
import vn.cong.interaction.PersonalDataMask;

/**
 * A comment as the board and citizens see it: the author's name masked (initials and given name), never the e-mail;
 * the paragraph it was made on (number and text, in the version it was made on).
 */
public record CommentView(long id, Integer paragraph, String paragraphText, int revision, String author, String body,
                          CommentState state, int reports, CommentDecision decision, String response,
                          Instant createdAt) {

    static CommentView of(DraftComment comment) {
        return new CommentView(comment.getId(), comment.getParagraph(), comment.getParagraphText(),
                comment.getRevisionNumber(), PersonalDataMask.name(comment.getAuthorName()), comment.getBody(),
                comment.getState(), comment.getReports(), comment.getDecision(), comment.getResponse(),
                comment.getCreatedAt());
    }
}
