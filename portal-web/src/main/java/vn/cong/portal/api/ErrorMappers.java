package vn.cong.portal.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cong.identity.Lockout;
import vn.cong.platform.ApiLanguage;
import vn.cong.platform.DomainException;
import vn.cong.platform.Messages;
import vn.cong.platform.ViolationMessages;

/** Every failure of the API becomes an {@link ApiError} in the caller's language — never a stack trace. */
public final class ErrorMappers {


    private ErrorMappers() {
    }

    @Provider
    public static class Domain implements ExceptionMapper<DomainException> {
        @Inject
        ApiLanguage language;

        @Override
        public Response toResponse(DomainException e) {
            List<String> details = e instanceof vn.cong.content.FieldsRefused refused
                    ? refused.details(language.get()) : List.of();
            Response response = new ApiError(e.status(), e.messageKey(), e.localizedMessage(language.get()), details)
                    .toResponse();
            if (e instanceof Lockout.Refused locked) {
                response.getHeaders().putSingle("Retry-After", String.valueOf(locked.retryAfterSeconds()));
            }
            return response;
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        ApiLanguage language;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<String> details = e.getConstraintViolations().stream()
                    .map(v -> localized(v, language.get())).sorted().toList();
            return new ApiError(422, "request.invalid",
                    Messages.format(language.get(), "request.invalid", String.join("; ", details)), details).toResponse();
        }
    }

    static String localized(ConstraintViolation<?> violation, String language) {
        return ViolationMessages.localized(violation, language);
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Inject
        ApiLanguage language;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String key = status == 404 ? "request.not-found" : status == 405 ? "request.method" : "request.malformed";
            return new ApiError(status, key, Messages.format(language.get(), key), List.of()).toResponse();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Inject
        ApiLanguage language;

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException
                        || cause instanceof jakarta.ws.rs.ProcessingException) {
                    return new ApiError(400, "request.malformed", Messages.format(language.get(), "request.malformed"),
                            List.of()).toResponse();
                }
                if (cause instanceof DomainException domain) {
                    Domain mapper = new Domain();
                    mapper.language = language;
                    return mapper.toResponse(domain);
                }
                if (cause instanceof jakarta.persistence.OptimisticLockException
                        || cause instanceof java.sql.SQLIntegrityConstraintViolationException
                        || cause instanceof java.sql.SQLTransactionRollbackException) {
                    // a concurrent change that no check of the use case could see (written at commit, a deadlock
                    // victim): the checks themselves answer their own 409 through TenantBoundEntityManager.flushUnique
                    LOG.log(Level.INFO, "CONG: concurrent change refused with 409: {0}", cause.toString());
                    return new ApiError(409, "request.conflict", Messages.format(language.get(), "request.conflict"),
                            List.of()).toResponse();
                }
                if (cause instanceof ConstraintViolationException violations) {
                    Validation validation = new Validation();
                    validation.language = language;
                    return validation.toResponse(violations);
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            LOG.log(Level.SEVERE, "Unexpected API failure", e);
            return new ApiError(500, "request.failed", Messages.format(language.get(), "request.failed"), List.of())
                    .toResponse();
        }
    }
}
