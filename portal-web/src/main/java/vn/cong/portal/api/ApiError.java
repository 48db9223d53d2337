package vn.cong.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The body of every API error: status, a stable key, and a message in the caller's language. */
public record ApiError(int status, String error, String message, List<String> details) {

    public Response toResponse() {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(this).build();
    }
}
