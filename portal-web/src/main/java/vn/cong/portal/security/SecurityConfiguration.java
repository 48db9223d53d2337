package vn.cong.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Back-office login with Jakarta Security: a Faces login page on each unit's own host; passwords are checked by
 * {@link vn.cong.identity.CongIdentityStore}. Declared in the WAR because Payara only processes these
 * annotations there. The API does not use it: it takes bearer tokens.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/admin/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecurityConfiguration {
}
