package vn.cong.platform;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failure is the database refusing a duplicate of a unique value. Connector/J (MySQL, MariaDB) and H2
 * both report it as {@link SQLIntegrityConstraintViolationException}, wrapped by EclipseLink and JTA.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
