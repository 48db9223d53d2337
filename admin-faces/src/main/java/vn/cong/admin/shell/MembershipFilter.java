package vn.cong.admin.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.cong.identity.Authority;
import vn.cong.tenancy.TenantContext;

/**
 * The back office of a unit is only for people who hold a role in that unit: everyone else who signed in
 * (a member of another unit) gets 403 on every page but the login page.
 */
public class MembershipFilter extends HttpFilter {

    @Inject
    TenantContext tenant;

    @Inject
    Authority authority;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() != null && !path.equals("/admin/login.xhtml") && tenant.current().isPresent()
                && !authority.actorIn(request.getUserPrincipal().getName(), tenant.require().unit())
                .map(actor -> actor.isMember()).orElse(false)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
