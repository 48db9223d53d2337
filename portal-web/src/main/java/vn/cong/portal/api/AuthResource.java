package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Credentials;
import vn.cong.identity.TokenService;
import vn.cong.platform.DomainException;

/** Exchanges a username and password for a short-lived bearer token. */
@Path("/auth/token")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    Credentials credentials;

    @Inject
    TokenService tokens;

    @POST
    @Operation(summary = "Issue a bearer token", description = "401 for a wrong username or password.")
    public TokenResponse issue(LoginRequest login) {
        if (login == null) {
            throw new DomainException(401, "auth.invalid");
        }
        return credentials.check(login.username(), login.password())
                .map(tokens::issue)
                .map(t -> new TokenResponse(t.token(), "Bearer", t.expiresAt()))
                .orElseThrow(() -> new DomainException(401, "auth.invalid"));
    }

    public record LoginRequest(String username, String password) {
    }

    public record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }
}
