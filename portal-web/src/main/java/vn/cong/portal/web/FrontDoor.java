package vn.cong.portal.web;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.DataChunk;
import vn.cong.identity.ClientOrigin;

/**
 * The first code every request meets, at the HTTP layer in front of Payara's servlet container (installed by
 * {@link FrontDoorInstaller}): it sets the {@link SecurityHeaders} on the response before anything else can answer
 * — Jakarta Security's redirect to the login page and the container's error pages run before any servlet filter —
 * and refuses a query string that is not UTF-8 with a 400 page in Vietnamese and English, on every host.
 */
final class FrontDoor extends HttpHandler {

    private final HttpHandler next;
    private final ClientOrigin origin;
    private final byte[] badRequestPage;

    FrontDoor(HttpHandler next, ClientOrigin origin, byte[] badRequestPage) {
        super("cong-front-door");
        this.next = next;
        this.origin = origin;
        this.badRequestPage = badRequestPage;
        setAllowEncodedSlash(next.isAllowEncodedSlash());
        setAllowCustomStatusMessage(next.isAllowCustomStatusMessage());
        setRequestURIEncoding(next.getRequestURIEncoding());
    }

    /** The handler behind this one (the page cache's edge, or the servlet container). */
    HttpHandler next() {
        return next;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        boolean https = origin.isHttps(request.isSecure(), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-Proto"));
        SecurityHeaders.apply(response::setHeader, https);
        if (!QueryStrings.isWellFormed(rawQuery(request))) {
            response.setStatus(400);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(badRequestPage.length);
            response.getOutputStream().write(badRequestPage);
            return;
        }
        next.service(request, response);
    }

    /** The query string's bytes as received, one char per byte (Grizzly would decode them, and fail, later). */
    private static String rawQuery(Request request) {
        DataChunk query = request.getRequest().getQueryStringDC();
        return query == null || query.isNull() ? null : query.toString(StandardCharsets.ISO_8859_1);
    }
}
