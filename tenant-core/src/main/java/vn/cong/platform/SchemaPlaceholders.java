package vn.cong.platform;

import java.util.Locale;
import java.util.Map;

/**
 * The Flyway placeholders that make one set of migrations run on H2 and on MySQL/MariaDB:
 * table options (InnoDB, utf8mb4), the long-text type, the date-time type, and the words that change a column's
 * definition ({@code ALTER TABLE t ${modify_column} c BIGINT NULL}).
 */
public final class SchemaPlaceholders {

    private SchemaPlaceholders() {
    }

    /** Placeholders for a database product name as JDBC reports it ("H2", "MySQL", "MariaDB"). */
    public static Map<String, String> forProduct(String databaseProduct) {
        String product = databaseProduct.toLowerCase(Locale.ROOT);
        if (product.contains("mysql") || product.contains("mariadb")) {
            return Map.of("table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
                    "text", "MEDIUMTEXT", "datetime", "DATETIME(6)", "modify_column", "MODIFY COLUMN");
        }
        return Map.of("table_options", "", "text", "CLOB", "datetime", "TIMESTAMP(6)", "modify_column", "ALTER COLUMN");
    }
}
