package vn.cong.portal.pages;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import vn.cong.content.LegalStatus;
import vn.cong.tenancy.TenantContext;

/**
 * One article, and its print view ({@code ?in=1}), from the unit's snapshot of citizen-visible articles
 * ({@link CitizenArticles}). An unpublished one answers as its unpublishing reason says: 410 Gone, 301 to the item
 * that consolidated it, or the article with a withdrawal notice. Application-scoped, its one piece of state in the
 * request: no bean is created per page.
 */
@Named
@ApplicationScoped
public class ArticlePage {

    @Inject
    CitizenArticles articles;

    @Inject
    TenantContext tenant;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    private static final String OUTCOME = "cong.article";
    private static final Object UNKNOWN = new Object();

    /** The article to show; null when the address answers otherwise (404, 410, 301). */
    public ArticleView getArticle() {
        return outcome() instanceof CitizenArticle.Shown shown ? shown.view() : null;
    }

    /** Before the view renders: 404 for an unknown or never-published slug; 410 / 301 for an unpublished one. */
    public void load() {
        CitizenArticle answer = outcome();
        if (answer == null) {
            PortalPage.notFound();
        } else if (answer instanceof CitizenArticle.Gone) {
            PortalPage.gone();
        } else if (answer instanceof CitizenArticle.Moved moved) {
            PortalPage.movedPermanently("/bai-viet/" + moved.slug() + (isPrint() ? "?in=1" : ""));
        }
    }

    private CitizenArticle outcome() {
        Object outcome = request.getAttribute(OUTCOME);
        if (outcome == null) {
            PublicRoute route = PortalPage.route(request);
            Optional<CitizenArticle> found = route == null ? Optional.empty() : articles.bySlug(route.key());
            outcome = found.isPresent() ? found.get() : UNKNOWN;
            request.setAttribute(OUTCOME, outcome);
        }
        return outcome instanceof CitizenArticle article ? article : null;
    }

    /** A legal document's in-force/expired status today, in the reader's language; empty for other items. */
    public String getLegalStatus() {
        LegalStatus status = legalStatus();
        return status == null ? "" : status.displayName(tenant.language());
    }

    public String getLegalStatusCode() {
        LegalStatus status = legalStatus();
        return status == null ? "" : status.name();
    }

    private LegalStatus legalStatus() {
        ArticleView article = getArticle();
        return article == null ? null
                : article.legalStatusOn(clock.instant().atZone(Vietnam.ZONE).toLocalDate());
    }

    public boolean isPrint() {
        return "1".equals(request.getParameter("in"));
    }
}
