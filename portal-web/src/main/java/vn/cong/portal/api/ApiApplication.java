package vn.cong.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The machine API: {@code /api/v1}, bearer tokens from {@code POST /api/v1/auth/token}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Cổng API", version = "1",
        description = "Multi-tenant government portals: the unit is taken from the Host header."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class ApiApplication extends Application {
}
