package vn.cong.portal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.platform.Messages;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.HostKind;
import vn.cong.tenancy.HostOrigin;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.Successions;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitDirectory;
import vn.cong.tenancy.UnitState;

/**
 * What every citizen page shows about its portal: the unit, its theme, language, and links up and down the tree.
 * Application-scoped (it keeps nothing; the unit and language come from the request's tenant): no bean is created
 * per page.
 */
@Named("portal")
@ApplicationScoped
public class PortalPage {

    static final String BASE_CONTRACT = "gov-base";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(Vietnam.ZONE);

    @Inject
    TenantContext tenant;

    @Inject
    UnitDirectory directory;

    @Inject
    HttpServletRequest request;

    @Inject
    CitizenMenus menus;

    @Inject
    Successions successions;

    /** The notice of an archived portal: which unit it was merged into (with its portal's address), and since when. */
    public record ArchiveNotice(String successor, String url, String since) {
    }


    public Unit getUnit() {
        return tenant.require().unit();
    }

    /** Set on the pages of a merged unit kept as an archive ({@code UnitState.ARCHIVED}): where its work goes on. */
    public ArchiveNotice getArchive() {
        Unit unit = getUnit();
        if (unit.getState() != UnitState.ARCHIVED) {
            return null;
        }
        return successions.successorsOf(unit.getId()).stream().findFirst()
                .flatMap(s -> directory.byUnitId(s.getSuccessorId())).map(this::link)
                .map(l -> new ArchiveNotice(l.name(), l.url(), formatDate(unit.getRetiredAt()))).orElse(null);
    }

    public String getName() {
        return getUnit().displayName(getLanguage());
    }

    public String getLanguage() {
        return tenant.language();
    }

    public Locale getLocale() {
        return Messages.locale(getLanguage());
    }

    public String getTheme() {
        return getUnit().getTheme();
    }

    /** The unit's look, then the shared page frame it falls back to (themes/README). */
    public String getContracts() {
        return getTheme() + "," + BASE_CONTRACT;
    }

    /** The unit's visible top-level categories, in catalog order, for the menu (kept in memory per unit). */
    public List<CitizenMenus.MenuLink> getMenu() {
        return menus.of(tenant.unitId(), getLanguage());
    }

    /** A category's page address ({@code /danh-muc-thong-tin} for the catalog of published information). */
    public String href(Category category) {
        return PublicRoute.categoryPath(category.getCode());
    }

    public String getDocumentSearchPath() {
        return PublicRoute.DOCUMENT_SEARCH_PATH;
    }

    public String getQuestionFormPath() {
        return PublicRoute.QUESTION_FORM_PATH;
    }

    public String getQuestionStatusPath() {
        return vn.cong.interaction.QuestionStatus.PATH;
    }

    public String getSurveysPath() {
        return PublicRoute.SURVEYS_PATH;
    }

    public String getRatingPath() {
        return PublicRoute.RATING_PATH;
    }

    public String getInformationCatalogPath() {
        return PublicRoute.INFORMATION_CATALOG_PATH;
    }

    public String date(Instant instant) {
        return formatDate(instant);
    }

    /** A calendar day as citizens read it (dd/MM/yyyy); empty for none. */
    public String day(java.time.LocalDate day) {
        return formatDay(day);
    }

    static String formatDay(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A date as citizens read it (dd/MM/yyyy, Vietnam's time); empty for none. */
    static String formatDate(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** This page's address as citizens share it: the host and the path they asked for (before a route's forward). */
    public String getPageUrl() {
        Object asked = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        return HostOrigin.of(request, request.getServerName()) + (asked != null ? asked : request.getRequestURI());
    }

    /** The same page on the other language channel. */
    public String getOtherLanguageUrl() {
        ResolvedHost here = tenant.require();
        String canonical = directory.byUnitId(here.unitId()).map(ResolvedHost::hostname).orElse(here.hostname());
        String target = here.kind() == HostKind.ENGLISH ? canonical : "english." + canonical;
        return url(target) + "/";
    }

    public Optional<PortalLink> getParent() {
        Long parentId = getUnit().getParentId();
        return parentId == null ? Optional.empty() : directory.byUnitId(parentId).map(this::link);
    }

    /** Another unit's portal (its name and address, in this page's language); null for none. */
    public PortalLink unitLink(Long unitId) {
        return unitId == null ? null : directory.byUnitId(unitId).map(this::link).orElse(null);
    }

    public List<PortalLink> getChildren() {
        return directory.children(getUnit().getId()).stream().map(this::link).toList();
    }

    private PortalLink link(ResolvedHost host) {
        String prefix = "en".equals(getLanguage()) ? "english." : "";
        return new PortalLink(host.unit().displayName(getLanguage()), url(prefix + host.hostname()) + "/");
    }

    private String url(String relativeHost) {
        return HostOrigin.of(request, relativeHost + "." + directory.baseDomain());
    }

    /**
     * Answers the request with 404 (the container's Vietnamese error page) and stops rendering. No message: the
     * container writes it as the status line's reason phrase, which is ASCII only ("Không" came out as "Kh ng",
     * and strict HTTP parsers refused the answer); the words are the error page's.
     */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }

    /** Answers 410 Gone (the container's Vietnamese page): the item was unpublished for good. */
    static void gone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(410, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }

    /** Answers 301 to another address of the same portal. */
    static void movedPermanently(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(301);
        faces.getExternalContext().setResponseHeader("Location", path);
        faces.responseComplete();
    }

    static PublicRoute route(HttpServletRequest request) {
        return (PublicRoute) request.getAttribute(PublicRoute.ATTRIBUTE);
    }

    public record PortalLink(String name, String url) {
    }
}
