package vn.cong.portal.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.cong.content.Attachment;
import vn.cong.content.Attachments;
import vn.cong.content.FileTypes;

/**
 * Citizens download an item's attachment at {@code /tep-tin/{id}/{name}} while the item is published: the checked
 * Content-Type, its size, {@code inline} for PDF and images and {@code attachment} otherwise, the name in RFC 6266
 * form (UTF-8, for Vietnamese names), {@code nosniff}, and an ETag from the content hash. Anything else is a 404.
 */
@WebServlet("/tep-tin/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Attachment> found = id(request.getPathInfo()).flatMap(attachments::published);
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Attachment attachment = found.get();
        String etag = '"' + attachment.getSha256() + '"';
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        try (InputStream in = attachments.open(attachment)) {
            response.setContentType(attachment.getContentType());
            response.setContentLengthLong(attachment.getSize());
            response.setHeader("Content-Disposition", disposition(attachment));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "public, max-age=300");
            in.transferTo(response.getOutputStream());
        } catch (FileNotFoundException e) {
            response.sendError(404);
        }
    }

    static String disposition(Attachment attachment) {
        String name = attachment.getFileName();
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return (FileTypes.isInline(attachment.getContentType()) ? "inline" : "attachment") + "; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<Long> id(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.split("/");
        try {
            return parts.length >= 2 ? Optional.of(Long.parseLong(parts[1])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
