package vn.cong.portal.pages;

import vn.cong.platform.Vietnam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import vn.cong.content.LegalStatus;
import vn.cong.portal.tenancy.ReorganisedHost;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.Successions;
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
    Successions successions;

    @Inject
    ReorganisedHost reorganised;

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
            Optional<String> elsewhere = movedElsewhere();
            if (elsewhere.isPresent()) {
                PortalPage.movedPermanently(elsewhere.get());
            } else {
                PortalPage.notFound();
            }
        } else if (answer instanceof CitizenArticle.Gone) {
            PortalPage.gone();
        } else if (answer instanceof CitizenArticle.Moved moved) {
            PortalPage.movedPermanently("/bai-viet/" + moved.slug() + (isPrint() ? "?in=1" : ""));
        }
    }

    /**
     * An address this unit's hostname answered for the unit that held it before (a reform gave a retired district's
     * name to a new commune): its page moved elsewhere, and the old link still leads there.
     */
    private Optional<String> movedElsewhere() {
        PublicRoute route = PortalPage.route(request);
        if (route == null) {
            return Optional.empty();
        }
        ResolvedHost host = tenant.require();
        return successions.movedFrom(host.unit(), "/bai-viet/" + route.key())
                .map(moved -> reorganised.location(request, host, moved));
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
