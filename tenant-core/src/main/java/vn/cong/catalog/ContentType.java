package vn.cong.catalog;

/** What a category holds. Structured types (documents, projects…) grow here with the catalog issue. */
public enum ContentType {
    ARTICLE, PAGE, LEGAL_DOCUMENT, ANNOUNCEMENT
}
