package vn.cong.portal.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Keeps what a page writes in memory, so it can be stored and then sent with its length. */
class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean errorSent;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("pages are rendered synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), false);
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the captured body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set when the captured body is sent
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    /**
     * The page answered with an error (404, 410): the container writes its error page to the response itself once
     * the request is done; what the error page's dispatch left in this buffer must not be sent as well — twice the
     * page under one Content-Length put the second copy at the head of the next answer on a kept-alive connection.
     */
    @Override
    public void sendError(int status) throws java.io.IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws java.io.IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    boolean isErrorSent() {
        return errorSent;
    }

    byte[] body() {
        flushBuffer();
        return buffer.toByteArray();
    }
}
