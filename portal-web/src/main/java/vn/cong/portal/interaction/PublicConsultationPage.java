package vn.cong.portal.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cong.consultation.CommentForm;
import vn.cong.consultation.CommentReports;
import vn.cong.consultation.CommentSubmissions;
import vn.cong.consultation.CommentView;
import vn.cong.consultation.ConsultationStatus;
import vn.cong.consultation.PublicConsultations;
import vn.cong.identity.ClientOrigin;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.platform.ViolationMessages;
import vn.cong.portal.abuse.CitizenFormGuard;
import vn.cong.portal.abuse.FormTokens;
import vn.cong.portal.pages.PublicRoute;
import vn.cong.tenancy.TenantContext;

/**
 * Lấy ý kiến dự thảo ({@code /lay-y-kien/{slug}}): a draft for comment paragraph by paragraph, each with its comments'
 * count and a link to read and comment on it ({@code ?doan=N}, or {@code toan-van} for the whole draft, {@code da-sua}
 * for paragraphs changed since), the comments paged ({@code &trang=}), a plain form to comment (while the period is
 * open) and one to report each comment; the outcome once published. Forms work without JavaScript and pass
 * {@link CitizenFormGuard}; a taken comment goes (303) back to its paragraph. Never cached (its form carries a token).
 */
@Named
@RequestScoped
public class PublicConsultationPage {

    static final int PAGE_SIZE = 20;
    private static final Map<String, String> FIELDS = Map.of("name", "ho-ten", "email", "email", "body", "gop-y");

    @Inject
    HttpServletRequest request;

    @Inject
    TenantContext tenant;

    @Inject
    PublicConsultations consultations;

    @Inject
    CommentSubmissions submissions;

    @Inject
    CommentReports reports;

    @Inject
    CitizenFormGuard guard;

    @Inject
    FormTokens tokens;

    @Inject
    ClientOrigin origin;

    private PublicConsultations.View view;
    private PublicConsultations.Target target;
    private List<CommentView> comments;
    private long total;
    private int page;
    private String refusal;
    private String notice;
    private String formToken;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public void load() throws java.io.IOException {
        HttpServletResponse response = response();
        response.setHeader("Cache-Control", "no-store");
        String slug = ((PublicRoute) request.getAttribute(PublicRoute.ATTRIBUTE)).key();
        view = consultations.ofSlug(slug).orElse(null);
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        target = target(request.getParameter("doan"));
        if ("POST".equals(request.getMethod())) {
            if (request.getParameter("bao-cao") != null) {
                report();
            } else {
                comment();
            }
            if (FacesContext.getCurrentInstance().getResponseComplete()) {
                return;
            }
        }
        if ("1".equals(request.getParameter("gui"))) {
            notice = Messages.format(tenant.language(), "1".equals(request.getParameter("cho"))
                    ? "consultation.sent.pending" : "consultation.sent.visible");
        }
        page = Math.max(1, parse(request.getParameter("trang"), 1));
        total = consultations.count(view.draft().itemId(), target);
        comments = consultations.comments(view.draft().itemId(), target, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        formToken = tokens.issue(request, response);
    }

    private void comment() throws java.io.IOException {
        if (!admitted()) {
            return;
        }
        Integer paragraph = target.kind() == PublicConsultations.Target.Kind.PARAGRAPH ? target.paragraph() : null;
        try {
            CommentSubmissions.Receipt receipt = submissions.submit(view.draft().itemId(), paragraph,
                    new CommentForm(value("ho-ten"), blankAsNull(value("email")), value("gop-y")));
            response().setStatus(HttpServletResponse.SC_SEE_OTHER);
            response().setHeader("Location", path() + "?doan=" + getTargetParameter() + "&gui=1"
                    + (receipt.state().isShown() ? "" : "&cho=1") + "#gop-y");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                errors.putIfAbsent(FIELDS.getOrDefault(violation.getPropertyPath().toString(), "gop-y"),
                        ViolationMessages.localized(violation, tenant.language()));
            }
            refusal = Messages.format(tenant.language(), "consultation.comment.invalid", errors.size());
            response().setStatus(422);
        } catch (RuntimeException failure) {
            DomainException refused = DomainException.foundIn(failure).orElseThrow(() -> failure);
            refusal = refused.localizedMessage(tenant.language());
            response().setStatus(refused.status());
        }
    }

    private void report() {
        if (!admitted()) {
            return;
        }
        try {
            CommentReports.Outcome outcome = reports.report(parse(request.getParameter("bao-cao"), -1),
                    origin.address(request));
            notice = Messages.format(tenant.language(), outcome.counted() ? "consultation.reported"
                    : "consultation.reported.already");
        } catch (RuntimeException failure) {
            DomainException refused = DomainException.foundIn(failure).orElseThrow(() -> failure);
            refusal = refused.localizedMessage(tenant.language());
            response().setStatus(refused.status());
        }
    }

    private boolean admitted() {
        CitizenFormGuard.Verdict verdict = guard.admit(request);
        if (verdict.taken()) {
            return true;
        }
        refusal = verdict.refuse(response(), tenant.language());
        return false;
    }

    private static PublicConsultations.Target target(String parameter) {
        if (parameter == null || parameter.isBlank() || "toan-van".equals(parameter)) {
            return PublicConsultations.Target.WHOLE_DRAFT;
        }
        if ("da-sua".equals(parameter)) {
            return PublicConsultations.Target.CHANGED_PARAGRAPHS;
        }
        int number = parse(parameter, 0);
        return number > 0 ? PublicConsultations.Target.paragraph(number) : PublicConsultations.Target.WHOLE_DRAFT;
    }

    private static int parse(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** What was typed, to fill the form again ("" when nothing), cut to the form's limits. */
    public String value(String name) {
        String typed = request.getParameter(name);
        if (typed == null) {
            return "";
        }
        return typed.length() > CommentForm.MAX_BODY + 1 ? typed.substring(0, CommentForm.MAX_BODY + 1) : typed;
    }

    public String path() {
        return PublicRoute.CONSULTATION_PREFIX + view.draft().slug();
    }

    /** The {@code doan} parameter of the comments shown. */
    public String getTargetParameter() {
        return switch (target.kind()) {
            case WHOLE -> "toan-van";
            case CHANGED -> "da-sua";
            case PARAGRAPH -> String.valueOf(target.paragraph());
        };
    }

    public boolean isOpen() {
        return view.status() == ConsultationStatus.OPEN;
    }

    public boolean isOnParagraph() {
        return target.kind() == PublicConsultations.Target.Kind.PARAGRAPH;
    }

    /** The paragraph commented on, when one is chosen (null for the whole draft or changed paragraphs). */
    public String getParagraphText() {
        return isOnParagraph() ? view.draft().paragraph(target.paragraph()).map(p -> p.text()).orElse(null) : null;
    }

    public boolean isOnChanged() {
        return target.kind() == PublicConsultations.Target.Kind.CHANGED;
    }

    public PublicConsultations.View getView() {
        return view;
    }

    public List<CommentView> getComments() {
        return comments;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getNotice() {
        return notice;
    }

    public String getFormToken() {
        return formToken;
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }
}
