package vn.cong.platform;

/**
 * Name of the platform's one data source. It is defined in the WAR ({@code portal-web}
 * {@code DataSourceConfiguration}) because Payara only processes {@code @DataSourceDefinition} there.
 */
public final class PlatformDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/cong";

    private PlatformDataSource() {
    }
}
