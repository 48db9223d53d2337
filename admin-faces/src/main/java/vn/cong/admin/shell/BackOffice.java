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
import vn.cong.audit.AuditPolicy;
import vn.cong.board.BoardPolicy;
import vn.cong.identity.Account;
import vn.cong.identity.AccountPolicy;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.Actor;
import vn.cong.identity.Authority;
import vn.cong.identity.ClientOrigin;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.platform.Vietnam;
import vn.cong.tenancy.HostOrigin;
import vn.cong.tenancy.TenantContext;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitDirectory;

/** The back office around every screen: who is acting in which unit, with what roles; shared formatting. */
@Named("backOffice")
@RequestScoped
public class BackOffice {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(Vietnam.ZONE);

    @Inject
    TenantContext tenant;

    @Inject
    Authority authority;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountRepository accounts;

    @Inject
    ClientOrigin origin;

    @Inject
    UnitDirectory directory;

    private Actor actor;
    private Account account;

    /** The signed-in person as a member of this host's unit (no roles when they belong elsewhere). */
    public Actor actor() {
        if (actor == null) {
            String username = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
            actor = username == null ? null : authority.actorIn(username, getUnit()).orElse(null);
        }
        return actor;
    }

    /** The signed-in person's account (null before sign-in or once it is deactivated). */
    public Account account() {
        if (account == null && actor() != null) {
            account = accounts.find(actor().accountId()).orElse(null);
        }
        return account;
    }

    /** The key of this browser session in the session registry. */
    public String sessionKey() {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionGuardFilter.SESSION_KEY);
    }

    public boolean isMayAdministerAccounts() {
        return actor() != null && AccountPolicy.mayAdminister(actor());
    }

    public boolean isMaySeeAudit() {
        return actor() != null && AuditPolicy.maySee(actor());
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

    /** A back-office label in the unit channel's language ({@link Labels}), for messages built in beans. */
    public String label(String key, Object... arguments) {
        return Labels.get(getLanguage(), key, arguments);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The home page of a unit's portal by its hostname (with or without the base domain), as this request reaches it. */
    public String portalUrl(String hostname) {
        String suffix = "." + directory.baseDomain();
        return HostOrigin.of(request, hostname.endsWith(suffix) ? hostname : hostname + suffix) + "/";
    }

    /** The person's address (behind a trusted proxy: the forwarded one). */
    public String address() {
        return origin.address(request);
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
