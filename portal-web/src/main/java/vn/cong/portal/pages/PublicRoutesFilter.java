package vn.cong.portal.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Citizens' addresses → Faces views: {@code /}, {@code /chuyen-muc/{code}}, {@code /bai-viet/{slug}},
 * {@code /gioi-thieu}, {@code /danh-muc-thong-tin}. The parsed route travels to the view as a request attribute.
 */
public class PublicRoutesFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PublicRoute> route = PublicRoute.parse(path);
        if (route.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(PublicRoute.ATTRIBUTE, route.get());
        request.getRequestDispatcher(route.get().view()).forward(request, response);
    }
}
