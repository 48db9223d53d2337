package vn.cong.admin.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.cong.admin.shell.BackOffice;
import vn.cong.identity.AccountAdministration;
import vn.cong.identity.PasswordPolicy;
import vn.cong.platform.DomainException;

/** Đổi mật khẩu: the current password, then a new one under the password policy; other sessions end. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    BackOffice backOffice;

    @Inject
    AccountAdministration administration;

    private String current;
    private String replacement;
    private String confirmation;

    public String change() {
        try {
            if (replacement == null || !replacement.equals(confirmation)) {
                throw new DomainException(422, "password.mismatch");
            }
            administration.changePassword(backOffice.actor().accountId(), current, replacement,
                    backOffice.sessionKey(), backOffice.address());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    backOffice.label("password.changed"), null));
        } catch (DomainException e) {
            backOffice.show(e);
        }
        return null;
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
