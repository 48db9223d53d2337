package vn.cong.admin.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.cong.board.BoardPolicy;
import vn.cong.identity.Actor;
import vn.cong.identity.Authority;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.reporting.PublicationReports;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;

/** The back office around every screen: who is acting in which unit, with what roles; shared formatting. */
@Named("backOffice")
@RequestScoped
public class BackOffice {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PublicationReports.VIETNAM);

    @Inject
    TenantContext tenant;

    @Inject
    Authority authority;

    @Inject
    HttpServletRequest request;

    private Actor actor;

    /** The signed-in person as a member of this host's unit (no roles when they belong elsewhere). */
    public Actor actor() {
        if (actor == null) {
            String username = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
            actor = username == null ? null : authority.actorIn(username, getUnit()).orElse(null);
        }
        return actor;
    }

    public Unit getUnit() {
        return tenant.require().unit();
    }

    public String getUnitName() {
        return getUnit().displayName(getLanguage());
    }

    public String getLanguage() {
        return tenant.language();
    }

    public Locale getLocale() {
        return Messages.locale(getLanguage());
    }

    public String getFullName() {
        return actor() == null ? "" : actor().fullName();
    }

    public String getRoles() {
        return actor() == null ? "" : actor().roles().stream().sorted().map(r -> r.displayName(getLanguage()))
                .collect(Collectors.joining(", "));
    }

    /** The board and reason pages are the unit administrator's (see {@link BoardPolicy}). */
    public boolean isManagesBoard() {
        return BoardPolicy.canManage(actor());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String address() {
        return request.getRemoteAddr();
    }

    /** Shows a refusal in the user's language; returns null so the view stays with the typed values. */
    public String show(DomainException refusal) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                refusal.localizedMessage(getLanguage()), null));
        return null;
    }

    /** Ends rendering with an HTTP error status (403, 404…) and the container's localized error page. */
    public static void fail(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }
}
