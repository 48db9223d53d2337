package vn.cong.admin.shell;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import vn.cong.identity.LoginSession;
import vn.cong.identity.SessionRegistry;

/** A back-office session that times out (or is invalidated) ends in the registry too. */
public class SessionEndListener implements HttpSessionListener {

    @Inject
    SessionRegistry sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object key = event.getSession().getAttribute(SessionGuardFilter.SESSION_KEY);
        if (key instanceof String sessionKey) {
            sessions.end(sessionKey, LoginSession.EndReason.EXPIRED);
        }
    }
}
