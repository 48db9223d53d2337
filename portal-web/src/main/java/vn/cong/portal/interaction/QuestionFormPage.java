package vn.cong.portal.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.interaction.Question;
import vn.cong.interaction.QuestionForm;
import vn.cong.interaction.QuestionSubmissions;
import vn.cong.interaction.Receipt;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.platform.ViolationMessages;
import vn.cong.portal.abuse.CitizenFormGuard;
import vn.cong.portal.abuse.FormTokens;
import vn.cong.tenancy.TenantContext;

/**
 * Đặt câu hỏi ({@code /hoi-dap/dat-cau-hoi}): a plain HTML form, posted to its own address, that works without
 * JavaScript (the proof-of-work widget only adds its field when scripts run). A refused submission shows the form
 * again with everything typed and a message beside each wrong field, in the portal's language; a taken one goes
 * (303) to the status page with the code and the key. The checks are {@link CitizenFormGuard}'s and the use case
 * {@link QuestionSubmissions#submit}'s: this class only reads the form and shows the result.
 */
@Named
@RequestScoped
public class QuestionFormPage {

    /** The form's field names (Vietnamese, as the addresses) and the record's component each one fills. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("nguoi-hoi", "kind");
        FIELDS.put("ho-ten", "name");
        FIELDS.put("quoc-tich", "nationality");
        FIELDS.put("so-giay-to", "idNumber");
        FIELDS.put("dia-chi", "address");
        FIELDS.put("dien-thoai", "phone");
        FIELDS.put("email", "email");
        FIELDS.put("to-chuc", "organisation");
        FIELDS.put("chuc-vu", "position");
        FIELDS.put("linh-vuc", "fieldCode");
        FIELDS.put("tieu-de", "subject");
        FIELDS.put("cau-hoi", "body");
    }

    /** A field longer than this is cut before it is checked (the form says the limits; a client ignoring them…). */
    private static final int MAX_FIELD = QuestionForm.MAX_BODY + 1;

    @Inject
    HttpServletRequest request;


    @Inject
    TenantContext tenant;

    @Inject
    CitizenFormGuard guard;

    @Inject
    FormTokens tokens;

    @Inject
    QuestionSubmissions submissions;

    @Inject
    BoardDirectory board;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private String refusal;
    private String formToken;
    private List<SubjectField> fields;

    public void load() throws IOException {
        response().setHeader("Cache-Control", "no-store");
        if ("POST".equals(request.getMethod())) {
            submit();
        }
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            formToken = tokens.issue(request, response());
            fields = board.fields();
        }
    }

    private void submit() throws IOException {
        CitizenFormGuard.Verdict verdict = guard.admit(request);
        String language = tenant.language();
        if (!verdict.taken()) {
            refusal = verdict.refuse(response(), language);
            return;
        }
        try {
            Receipt receipt = submissions.submit(form());
            FacesContext context = FacesContext.getCurrentInstance();
            response().setStatus(HttpServletResponse.SC_SEE_OTHER);
            response().setHeader("Location", receipt.statusPath() + "&moi=1");
            context.responseComplete();
        } catch (ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                errors.putIfAbsent(parameterOf(violation.getPropertyPath().toString()),
                        ViolationMessages.localized(violation, language));
            }
            refusal = Messages.format(language, "question.form.invalid", errors.size());
            response().setStatus(422);
        } catch (RuntimeException failure) {
            DomainException refused = DomainException.foundIn(failure).orElseThrow(() -> failure);
            refusal = refused.localizedMessage(language);
            response().setStatus(refused.status());
        }
    }

    private QuestionForm form() {
        String kind = value("nguoi-hoi").strip();
        Question.Asker.Kind asker = switch (kind) {
            case "to-chuc" -> Question.Asker.Kind.ORGANISATION;
            case "ca-nhan" -> Question.Asker.Kind.PERSON;
            default -> null;
        };
        return new QuestionForm(asker, typed("ho-ten"), typed("quoc-tich"), typed("so-giay-to"), typed("dia-chi"),
                typed("dien-thoai"), typed("email"), typed("to-chuc"), typed("chuc-vu"), typed("linh-vuc"),
                typed("tieu-de"), typed("cau-hoi"));
    }

    private static String parameterOf(String property) {
        return FIELDS.entrySet().stream().filter(e -> e.getValue().equals(property)).map(Map.Entry::getKey)
                .findFirst().orElse("cau-hoi");
    }

    /** What was typed, to fill the form again ("" when nothing). */
    public String value(String name) {
        String typed = request.getParameter(name);
        if (typed == null) {
            return "";
        }
        return typed.length() > MAX_FIELD ? typed.substring(0, MAX_FIELD) : typed;
    }

    /** What was typed in a field for the use case: none when blank. */
    private String typed(String name) {
        String typed = value(name);
        return typed.isBlank() ? null : typed;
    }

    public boolean isOrganisation() {
        return "to-chuc".equals(value("nguoi-hoi"));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public String getRefusal() {
        return refusal;
    }

    public String getFormToken() {
        return formToken;
    }

    public List<SubjectField> getFields() {
        return fields;
    }

    /** The answer being written (not a CDI bean: Faces holds it). */
    private static HttpServletResponse response() {
        return (HttpServletResponse) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getResponse();
    }
}
