package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.DomainException;

/** Holds every JSON body of the API to {@link JsonInput}'s rules before a resource sees it. */
@Provider
public class JsonInputGuard implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "cong.api.max-json-bytes", defaultValue = "2097152")
    int maxBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream(), maxBytes + 1);
        JsonInput.check(body, maxBytes, shapeOf(context.getType()));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static JsonInput.Shape shapeOf(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type) || JsonArray.class.isAssignableFrom(type)) {
            return JsonInput.Shape.ARRAY;
        }
        if (JsonObject.class.isAssignableFrom(type)) {
            return JsonInput.Shape.OBJECT; // a resource that reads its body field by field takes an object only
        }
        boolean scalar = type.isPrimitive() || type == String.class || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == Object.class || type.getPackageName().startsWith("jakarta.json");
        return scalar ? JsonInput.Shape.ANY : JsonInput.Shape.OBJECT;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit);
        if (body.length == limit) {
            throw new DomainException(413, "request.too-large", (limit - 1) / 1024);
        }
        return body;
    }
}
