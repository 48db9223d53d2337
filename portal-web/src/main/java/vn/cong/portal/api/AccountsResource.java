package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cong.identity.Account;
import vn.cong.identity.AccountAdministration;
import vn.cong.identity.ApiCaller;
import vn.cong.identity.ClientOrigin;

/**
 * Deactivating someone who left (their sessions and tokens end at once, their history stays) and reactivating
 * them — for the administrator of their home unit, a DIC administrator over it, or the operator.
 */
@Path("/accounts/{username}")
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AccountsResource {

    @Inject
    ApiCaller caller;

    @Inject
    AccountAdministration administration;

    @Inject
    ClientOrigin origin;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/deactivate")
    @Operation(summary = "Deactivate an account", description = "403 without the right over its home unit.")
    public AccountView deactivate(@PathParam("username") String username) {
        return AccountView.of(administration.deactivate(caller.require(), username, origin.address(request)));
    }

    @POST
    @Path("/reactivate")
    @Operation(summary = "Reactivate an account")
    public AccountView reactivate(@PathParam("username") String username) {
        return AccountView.of(administration.reactivate(caller.require(), username, origin.address(request)));
    }

    public record AccountView(String username, String fullName, boolean active, Instant deactivatedAt) {
        static AccountView of(Account account) {
            return new AccountView(account.getUsername(), account.getFullName(), account.isActive(),
                    account.getDeactivatedAt());
        }
    }
}
