package vn.cong.tenancy;

import jakarta.servlet.http.HttpServletRequest;

/** {@code scheme://host[:port]} of a unit's host as this request reached the platform (no port for 80 and 443). */
public final class HostOrigin {

    private HostOrigin() {
    }

    /** {@code hostname}: absolute, with the base domain ("daotru.tamdao.vinhphuc.localhost"). */
    public static String of(HttpServletRequest request, String hostname) {
        int port = request.getServerPort();
        return request.getScheme() + "://" + hostname + (port == 80 || port == 443 ? "" : ":" + port);
    }
}
