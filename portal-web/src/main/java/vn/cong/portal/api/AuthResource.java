package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Account;
import vn.cong.identity.ClientOrigin;
import vn.cong.identity.SignIn;
import vn.cong.identity.TokenService;
import vn.cong.identity.TwoFactor;
import vn.cong.platform.DomainException;

/**
 * Exchanges a username, password and — for accounts with a second factor — a TOTP or recovery code for a
 * short-lived bearer token, under the same lockout as the back office ({@link SignIn}).
 */
@Path("/auth/token")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    SignIn signIn;

    @Inject
    TwoFactor twoFactor;

    @Inject
    TokenService tokens;

    @Inject
    ClientOrigin origin;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Issue a bearer token", description = "401 for a wrong username, password or code"
            + " (auth.code.required: send \"code\"); 423 while the account name is locked, 429 while the address"
            + " is, both with Retry-After; 403 when the account must first enrol a second factor in the back office.")
    public TokenResponse issue(LoginRequest login) {
        if (login == null) {
            throw new DomainException(401, "auth.invalid");
        }
        String address = origin.address(request);
        Account account = signIn.password(login.username(), login.password(), address);
        if (account.hasSecondFactor()) {
            if (login.code() == null || login.code().isBlank()) {
                throw new DomainException(401, "auth.code.required");
            }
            signIn.secondFactor(account, login.code(), address);
        } else if (twoFactor.requiredFor(account)) {
            throw new DomainException(403, "auth.two-factor.enrol");
        }
        signIn.completed(account);
        TokenService.IssuedToken issued = tokens.issue(account, address, request.getHeader("User-Agent"));
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    public record LoginRequest(String username, String password, String code) {
    }

    public record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }
}
