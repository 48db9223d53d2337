package vn.cong.consultation;

/**
 * How a unit moderates the comments of a consultation, as it chooses: before they show (PRE — each waits for a
 * moderator) or after (POST — it shows at once; a moderator may hide or reject it, and enough reports hide it).
 */
public enum Moderation {
    PRE, POST
}
