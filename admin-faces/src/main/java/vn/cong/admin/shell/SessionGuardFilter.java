package vn.cong.admin.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.cong.identity.SessionRegistry;

/**
 * Every back-office request of a signed-in person checks the session registry: a session revoked from the
 * sessions page, or ended by deactivation or a password change — on any node — is signed out at this request.
 * A person who must enrol a second factor and has not yet is kept on the enrolment page.
 */
public class SessionGuardFilter extends HttpFilter {

    /** Session attribute: the key of this session in the {@link SessionRegistry}. */
    public static final String SESSION_KEY = "cong.session-key";
    /** Session attribute: TRUE while the person must still enrol a second factor. */
    public static final String MUST_ENROL = "cong.must-enrol";
    static final String LOGIN = "/admin/login.xhtml";
    static final String ENROLMENT = "/admin/two-factor.xhtml";

    @Inject
    SessionRegistry sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession(false);
            String key = session == null ? null : (String) session.getAttribute(SESSION_KEY);
            if (key == null || !sessions.alive(key)) {
                request.logout();
                if (request.getSession(false) != null) {
                    request.getSession(false).invalidate();
                }
                redirect(request, response, LOGIN + "?ended=true");
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (Boolean.TRUE.equals(session.getAttribute(MUST_ENROL)) && !path.equals(ENROLMENT) && !path.equals(LOGIN)) {
                redirect(request, response, ENROLMENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A plain redirect, or the Faces partial-response form of it for an Ajax request. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
