package vn.cong.portal.abuse;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /xac-minh}: a fresh proof-of-work challenge for the widget of a citizen's form. Never cached. */
@WebServlet("/xac-minh")
public class ChallengeServlet extends HttpServlet {

    @Inject
    Challenges challenges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(challenges.create());
    }
}
