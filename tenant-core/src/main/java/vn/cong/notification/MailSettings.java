package vn.cong.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.SchemaReady;

/**
 * How notifications are e-mailed, from MicroProfile Config ({@code cong.mail.*}; environment variables such as
 * {@code CONG_MAIL_HOST} work too). Off by default: until an operator sets {@code cong.mail.enabled=true} and an SMTP
 * server, notifications show in the back office only, and the start-up log says so.
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

    /** How the connection to the SMTP server is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    @Inject
    @ConfigProperty(name = "cong.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "cong.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "cong.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "cong.mail.from", defaultValue = "khong-tra-loi@cong.localhost")
    String from;

    @Inject
    @ConfigProperty(name = "cong.mail.security", defaultValue = "STARTTLS")
    String security;

    @Inject
    @ConfigProperty(name = "cong.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "cong.mail.password")
    Optional<String> password;

    /** Links in e-mails: {@code https://<unit host><:port>/admin/…}. */
    @Inject
    @ConfigProperty(name = "cong.mail.link-scheme", defaultValue = "https")
    String linkScheme;

    @Inject
    @ConfigProperty(name = "cong.mail.link-port", defaultValue = "0")
    int linkPort;

    @Inject
    @ConfigProperty(name = "cong.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** The first retry waits this long, each next one twice as long, at most an hour. */
    @Inject
    @ConfigProperty(name = "cong.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    /** How often pending e-mails are looked for (0: never, e.g. in a node that must not send). */
    @Inject
    @ConfigProperty(name = "cong.mail.interval-seconds", defaultValue = "60")
    long intervalSeconds;

    void announce(@Observes SchemaReady ready) {
        if (enabled) {
            LOG.info(() -> "CONG: notifications are e-mailed through " + host + ":" + port + " ("
                    + security() + ") from " + from);
        } else {
            LOG.info("CONG: e-mail of notifications is disabled (cong.mail.enabled=false):"
                    + " notifications show in the back office only");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Security security() {
        try {
            return Security.valueOf(security.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cong.mail.security must be NONE, STARTTLS or SSL, not " + security, e);
        }
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    /** The address of a path on a unit's host, for links in e-mails. */
    public String link(String hostname, String path) {
        return linkScheme + "://" + hostname + (linkPort > 0 ? ":" + linkPort : "") + (path == null ? "/admin/" : path);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures. */
    public Duration retryAfter(int attempt) {
        long seconds = Math.max(1, retrySeconds) << Math.min(Math.max(attempt - 1, 0), 20);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public long intervalSeconds() {
        return intervalSeconds;
    }

    /** For tests and tools: settings without a container. */
    public static MailSettings of(boolean enabled, String host, int port, String from, Security security) {
        MailSettings settings = new MailSettings();
        settings.enabled = enabled;
        settings.host = host;
        settings.port = port;
        settings.from = from;
        settings.security = security.name();
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.linkScheme = "https";
        settings.linkPort = 0;
        settings.maxAttempts = 8;
        settings.retrySeconds = 60;
        settings.intervalSeconds = 60;
        return settings;
    }
}
