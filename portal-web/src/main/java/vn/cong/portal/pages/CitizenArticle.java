package vn.cong.portal.pages;

/**
 * What an article's address answers to a citizen: the article (possibly with a withdrawal notice), 410 Gone for an
 * item unpublished for good, or 301 to the published item that consolidated it.
 */
public sealed interface CitizenArticle {

    record Shown(ArticleView view) implements CitizenArticle {
    }

    record Gone() implements CitizenArticle {
    }

    record Moved(String slug) implements CitizenArticle {
    }
}
