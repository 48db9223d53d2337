package vn.cong.editorial;

/** What citizens get at an unpublished item's address (as GOV.UK Whitehall's unpublishing reasons). */
public enum UnpublishingBehaviour {
    /** 410 Gone, with a Vietnamese page: published in error, retention ended. */
    GONE,
    /** 301 to the item that consolidated it. */
    REDIRECT,
    /** Stays readable with a withdrawal notice (its note and its date). */
    WITHDRAWN
}
