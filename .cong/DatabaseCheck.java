import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Launcher pre-flight (single-file program): can the product reach the database it was given?
 * Exits 1 with a plain message when it cannot, before Payara starts.
 */
public class DatabaseCheck {
    public static void main(String[] args) {
        String url = args[0];
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            System.out.println("cong: database reachable: " + connection.getMetaData().getDatabaseProductName()
                    + " " + connection.getMetaData().getDatabaseProductVersion());
        } catch (Exception e) {
            System.err.println("cong: cannot reach the database " + url.replaceAll("password=[^&;]*", "password=***")
                    + " — " + e.getMessage());
            System.err.println("cong: check --db / --db-user / --db-password (or CONG_DB_URL …); the product was not started.");
            System.exit(1);
        }
    }
}
