package vn.cong.portal.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import vn.cong.interaction.AccessKey;
import vn.cong.interaction.QuestionStatus;
import vn.cong.interaction.QuestionStatuses;
import vn.cong.interaction.TrackingCode;
import vn.cong.platform.Messages;
import vn.cong.portal.abuse.CitizenFormGuard;
import vn.cong.portal.pages.PortalPage;
import vn.cong.tenancy.TenantContext;

/**
 * Tra cứu câu hỏi ({@code /hoi-dap/tra-cuu}): the asker's page of one question — opened by the link of the receipt
 * and the e-mail ({@code ?ma=…&khoa=…}) or by typing the code and the phone number given (a GET form, limited per
 * address). A wrong code, key or phone all read "not found". Never cached, never indexed.
 */
@Named
@RequestScoped
public class QuestionStatusPage {

    @Inject
    HttpServletRequest request;


    @Inject
    TenantContext tenant;

    @Inject
    QuestionStatuses statuses;

    @Inject
    CitizenFormGuard guard;

    @Inject
    PortalPage portal;

    private QuestionStatus status;
    private String refusal;
    private boolean searched;

    public void load() {
        response().setHeader("Cache-Control", "no-store");
        response().setHeader("X-Robots-Tag", "noindex");
        String code = request.getParameter("ma");
        if (code == null || code.isBlank()) {
            return;
        }
        searched = true;
        Optional<TrackingCode> parsed = TrackingCode.parse(code);
        Optional<AccessKey> key = AccessKey.parse(request.getParameter("khoa"));
        String phone = request.getParameter("dien-thoai");
        if (key.isEmpty()) {
            CitizenFormGuard.Verdict verdict = guard.admitLookup(request);
            if (!verdict.taken()) {
                refusal = Messages.format(tenant.language(), "abuse.too-many", verdict.retryMinutes());
                response().setStatus(429);
                response().setHeader("Retry-After", String.valueOf(verdict.retryAfter().toSeconds()));
                return;
            }
        }
        status = parsed.flatMap(c -> key.isPresent() ? statuses.withKey(c, key.get())
                : statuses.withPhone(c, phone)).orElse(null);
        if (status == null) {
            refusal = Messages.format(tenant.language(), parsed.isEmpty() ? "question.code.invalid"
                    : "question.not-found");
            response().setStatus(parsed.isEmpty() ? 400 : 404);
        }
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isSearched() {
        return searched;
    }

    /** Just sent: the receipt's words above the status. */
    public boolean isJustSent() {
        return status != null && "1".equals(request.getParameter("moi"));
    }

    /** This page's own address with its key, for the asker to keep. */
    public String getLink() {
        return request.getRequestURL() + "?ma=" + status.code() + "&khoa=" + request.getParameter("khoa");
    }

    /** The unit that sent the question here, when it was transferred in. */
    public PortalPage.PortalLink getOrigin() {
        return status == null ? null : portal.unitLink(status.transferredFrom());
    }

    /** The competent unit it was sent to. */
    public PortalPage.PortalLink getCompetent() {
        return status == null ? null : portal.unitLink(status.transferredTo());
    }

    /**
     * Where the asker follows a transferred question: the competent unit's status page with the new code — and the
     * same key when this page was opened with it (the question there opens with the asker's key).
     */
    public String getFollowLink() {
        PortalPage.PortalLink competent = getCompetent();
        if (competent == null || status.transferredCode() == null) {
            return null;
        }
        String key = isKeyed() ? "&khoa=" + request.getParameter("khoa").strip() : "";
        return competent.url() + QuestionStatus.PATH.substring(1) + "?ma=" + status.transferredCode() + key;
    }

    public boolean isKeyed() {
        return AccessKey.parse(request.getParameter("khoa")).isPresent();
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** The answer being written (not a CDI bean: Faces holds it). */
    private static HttpServletResponse response() {
        return (HttpServletResponse) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getResponse();
    }
}
