package vn.cong.admin.login;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.SessionGuardFilter;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.LoginSession;
import vn.cong.identity.SessionRegistry;
import vn.cong.identity.SignIn;
import vn.cong.identity.TwoFactor;
import vn.cong.identity.VerifiedSignIn;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;

/**
 * Sign-in and sign-out of the back office. Step one is the password; accounts with a second factor then give
 * the code of their authenticator app (or a recovery code) on the same page. Both steps go through
 * {@link SignIn} (lockout, password, code); Jakarta Security then receives the proof, and the session is
 * registered so that it can be listed and revoked.
 */
@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration CODE_STEP_LASTS = Duration.ofMinutes(5);

    @Inject
    transient SecurityContext security;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient SignIn signIn;

    @Inject
    transient TwoFactor twoFactor;

    @Inject
    transient AccountRepository accounts;

    @Inject
    transient SessionRegistry sessions;

    private String username;
    private String password;
    private String code;
    private Long pendingAccountId;
    private Instant pendingSince;

    /** Step one: the password. */
    public String login() throws IOException {
        try {
            Account account = signIn.password(username, password, backOffice.address());
            password = null;
            if (account.hasSecondFactor()) {
                pendingAccountId = account.getId();
                pendingSince = Instant.now();
                return null;
            }
            establish(account, twoFactor.requiredFor(account));
        } catch (DomainException refused) {
            backOffice.show(refused);
        }
        return null;
    }

    /** Step two: the code from the authenticator app, or a recovery code. */
    public String verify() throws IOException {
        if (pendingAccountId == null || Duration.between(pendingSince, Instant.now()).compareTo(CODE_STEP_LASTS) > 0) {
            pendingAccountId = null;
            return backOffice.show(new DomainException(401, "auth.session.ended"));
        }
        try {
            Account account = accounts.find(pendingAccountId).filter(Account::isActive)
                    .orElseThrow(() -> new DomainException(401, "auth.invalid"));
            signIn.secondFactor(account, code, backOffice.address());
            establish(account, false);
        } catch (DomainException refused) {
            code = null;
            backOffice.show(refused);
        }
        return null;
    }

    public void restart() {
        pendingAccountId = null;
        code = null;
    }

    private void establish(Account account, boolean mustEnrol) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        VerifiedSignIn proof = signIn.completed(account);
        request.getSession(true);
        request.changeSessionId(); // a fresh id for the signed-in session (no fixation)
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(proof));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(backOffice.getLanguage(), "auth.invalid"), null));
            return;
        }
        String key = sessions.open(account, backOffice.getUnit().getId(), request.getHeader("User-Agent"),
                backOffice.address());
        request.getSession().setAttribute(SessionGuardFilter.SESSION_KEY, key);
        if (mustEnrol) {
            request.getSession().setAttribute(SessionGuardFilter.MUST_ENROL, Boolean.TRUE);
        }
        pendingAccountId = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath()
                    + (mustEnrol ? "/admin/two-factor.xhtml" : "/admin/index.xhtml"));
        }
        faces.responseComplete();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String key = backOffice.sessionKey();
        if (key != null) {
            sessions.end(key, LoginSession.EndReason.LOGOUT);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/admin/login.xhtml");
    }

    public boolean isCodeStep() {
        return pendingAccountId != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
