package vn.cong.admin.consultation;

import java.io.Serializable;
import java.time.Instant;
import vn.cong.consultation.CommentDecision;
import vn.cong.consultation.CommentState;
import vn.cong.consultation.CommentView;

/** One comment as the page shows it (serialisable, unlike the service's view). */
public record CommentRow(long id, Integer paragraph, String paragraphText, int revision, String author,
                         String body, CommentState state, int reports, CommentDecision decision, String response,
                         Instant createdAt) implements Serializable {

    static CommentRow of(CommentView c) {
        return new CommentRow(c.id(), c.paragraph(), c.paragraphText(), c.revision(), c.author(), c.body(),
                c.state(), c.reports(), c.decision(), c.response(), c.createdAt());
    }
}
