package vn.cong.admin.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.admin.shell.SessionGuardFilter;
import vn.cong.identity.Account;
import vn.cong.identity.Totp;
import vn.cong.identity.TwoFactor;
import vn.cong.platform.DomainException;

/**
 * Xác thực hai lớp: enrolment (scan the QR code or type the secret, confirm with a first code, keep the ten
 * recovery codes shown once) and, once enrolled, new recovery codes.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient TwoFactor twoFactor;

    private String secret;
    private String code;
    private List<String> recoveryCodes;

    private Account account() {
        return backOffice.account();
    }

    public boolean isEnrolled() {
        return account() != null && twoFactor.enrolled(account().getId());
    }

    public boolean isRequired() {
        return account() != null && twoFactor.requiredFor(account());
    }

    /** The secret being enrolled: made once per page, kept only in this view until confirmed. */
    public String getSecret() {
        if (secret == null) {
            secret = Totp.newSecret();
        }
        return secret;
    }

    public String getSecretGrouped() {
        return getSecret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getOtpauthUri() {
        return Totp.otpauthUri(TwoFactor.ISSUER, account().getUsername(), getSecret());
    }

    public String getQrSvg() {
        return QrSvg.of(getOtpauthUri());
    }

    public long getRemainingRecoveryCodes() {
        return account() == null ? 0 : twoFactor.remainingRecoveryCodes(account().getId());
    }

    public String confirm() {
        try {
            recoveryCodes = twoFactor.enrol(account().getId(), getSecret(), code, backOffice.address());
            ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession()
                    .removeAttribute(SessionGuardFilter.MUST_ENROL);
            secret = null;
            info("twofactor.enrolled");
        } catch (DomainException e) {
            backOffice.show(e);
        }
        code = null;
        return null;
    }

    public String renewRecoveryCodes() {
        try {
            recoveryCodes = twoFactor.regenerateRecoveryCodes(account().getId(), code, backOffice.address());
            info("twofactor.renewed");
        } catch (DomainException e) {
            backOffice.show(e);
        }
        code = null;
        return null;
    }

    private void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                backOffice.label(key), null));
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

}
