package vn.cong.admin.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.identity.LoginSession;
import vn.cong.identity.SessionRegistry;
import vn.cong.identity.TokenService;
import vn.cong.platform.DomainException;

/**
 * Phiên đăng nhập: the person's live back-office sessions (on every unit's host) and API tokens; any of them
 * can be ended here, and the ended session is signed out at its next request.
 */
@Named
@ViewScoped
public class SessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient SessionRegistry sessions;

    @Inject
    transient TokenService tokens;

    private List<SessionRow> sessionRows;
    private List<TokenRow> tokenRows;

    public record SessionRow(long id, String userAgent, String address, Instant startedAt, Instant lastSeenAt,
                             boolean current) implements Serializable {
    }

    public record TokenRow(long id, String userAgent, String address, Instant createdAt, Instant expiresAt)
            implements Serializable {
    }

    public List<SessionRow> getSessions() {
        if (sessionRows == null) {
            Long current = sessions.byKey(backOffice.sessionKey()).map(LoginSession::getId).orElse(null);
            sessionRows = sessions.activeOf(backOffice.actor().accountId()).stream().map(s -> new SessionRow(s.getId(),
                    s.getUserAgent(), s.getAddress(), s.getStartedAt(), s.getLastSeenAt(), s.getId().equals(current)))
                    .toList();
        }
        return sessionRows;
    }

    public List<TokenRow> getTokens() {
        if (tokenRows == null) {
            tokenRows = tokens.activeOf(backOffice.actor().accountId()).stream().map(t -> new TokenRow(t.getId(),
                    t.getUserAgent(), t.getAddress(), t.getCreatedAt(), t.getExpiresAt())).toList();
        }
        return tokenRows;
    }

    public String revokeSession(long id) {
        try {
            sessions.revoke(backOffice.actor().accountId(), id, backOffice.address());
        } catch (DomainException e) {
            backOffice.show(e);
        }
        return reload();
    }

    public String revokeToken(long id) {
        try {
            tokens.revoke(backOffice.actor().accountId(), id, backOffice.address());
        } catch (DomainException e) {
            backOffice.show(e);
        }
        return reload();
    }

    private String reload() {
        sessionRows = null;
        tokenRows = null;
        return null;
    }
}
