package vn.cong.admin.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import vn.cong.admin.shell.BackOffice;
import vn.cong.identity.Account;
import vn.cong.identity.Invitations;
import vn.cong.identity.PasswordPolicy;
import vn.cong.platform.DomainException;

/**
 * Chào mừng: the page an invitation's one-time link opens (no sign-in); the invited person chooses their password,
 * then signs in. A used, expired or wrong link says so and nothing else.
 */
@Named
@ViewScoped
public class WelcomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient Invitations invitations;

    private String token;
    private String fullName;
    private String username;
    private boolean usable;
    private String password;
    private String confirmation;

    public void load() {
        Optional<Account> account = invitations.accountFor(token);
        usable = account.isPresent();
        account.ifPresent(a -> {
            fullName = a.getFullName();
            username = a.getUsername();
        });
    }

    public String choose() {
        try {
            if (password == null || !password.equals(confirmation)) {
                throw new DomainException(422, "password.mismatch");
            }
            invitations.accept(token, password, backOffice.address());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    backOffice.label("welcome.done", username), null));
            return "/admin/login.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            if (e.status() == 410) {
                usable = false;
            }
            return backOffice.show(e);
        }
    }

    public String getRefusal() {
        return backOffice.label("welcome.invalid");
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getFullName() {
        return fullName;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
