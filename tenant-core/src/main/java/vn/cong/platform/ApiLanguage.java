package vn.cong.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.cong.tenancy.TenantContext;

/** The language of API messages (for every module's resources): English on an english.* host or when the client asks for it first; else Vietnamese. */
@RequestScoped
public class ApiLanguage {

    @Inject
    TenantContext tenant;

    @Inject
    HttpServletRequest request;

    public String get() {
        if ("en".equals(tenant.language())) {
            return "en";
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase().startsWith("en") ? "en" : "vi";
    }
}
