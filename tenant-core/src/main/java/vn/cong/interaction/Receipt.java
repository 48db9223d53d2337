package vn.cong.interaction;

import java.time.Instant;

/**
 * What the asker gets back on submission: the tracking code, the key of the status link (shown this once, and in
 * the e-mail), and when the answer is due (null when the unit's rules give no deadline).
 */
public record Receipt(TrackingCode code, AccessKey key, Instant dueAt) {

    /** The status page's address on the unit's portal, with the code and the key. */
    public String statusPath() {
        return QuestionStatus.PATH + "?ma=" + code + "&khoa=" + key.value();
    }
}
