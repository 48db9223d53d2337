package vn.cong.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import vn.cong.identity.ClientOrigin;
import vn.cong.portal.cache.EdgeHandler;
import vn.cong.portal.cache.PageCache;

/**
 * Puts the {@link FrontDoor} — and behind it, when the page cache is on, the cache's {@link EdgeHandler} — in front
 * of the servlet container on each of Payara's HTTP listeners when the application starts, and takes them away when
 * it stops.
 * <p>
 * Payara has no public hook for this, so the listeners are reached through its service locator (GrizzlyService →
 * network proxies → Grizzly listener → {@link HttpServerFilter}). Everything here is guarded: if a Payara version
 * changes those internals, the product logs one warning and keeps working — security headers from
 * {@link SecurityHeadersFilter} (not on the login redirect then), cache hits from the servlet filter. The page
 * cache's part can be turned off alone with {@code cong.page-cache.edge=false}.
 */
@WebListener
public class FrontDoorInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(FrontDoorInstaller.class.getName());

    @Inject
    PageCache cache;

    @Inject
    ClientOrigin origin;

    @Inject
    @ConfigProperty(name = "cong.page-cache.edge", defaultValue = "true")
    boolean edgeEnabled;

    private final List<HttpServerFilter> installedOn = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        byte[] badRequestPage = page(context, "/WEB-INF/errors/400.html");
        boolean edge = edgeEnabled && cache.isEnabled();
        try {
            for (HttpServerFilter filter : httpFilters(context.getClass().getClassLoader())) {
                HttpHandler container = filter.getHttpHandler();
                if (container != null && !(container instanceof FrontDoor)) {
                    HttpHandler next = edge ? new EdgeHandler(container, cache) : container;
                    filter.setHttpHandler(new FrontDoor(next, origin, badRequestPage));
                    installedOn.add(filter);
                }
            }
            LOG.info(() -> "CONG: front door on " + installedOn.size() + " HTTP listener(s)"
                    + (edge ? ", page cache served there" : ""));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "CONG: no front door at the HTTP layer (Payara internals changed?): security"
                    + " headers from the servlet filter only, page cache in the servlet filter only", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (HttpServerFilter filter : installedOn) {
            if (filter.getHttpHandler() instanceof FrontDoor door) {
                HttpHandler next = door.next();
                filter.setHttpHandler(next instanceof EdgeHandler edge ? edge.container() : next);
            }
        }
        installedOn.clear();
    }

    private static byte[] page(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<HttpServerFilter> httpFilters(ClassLoader server) throws ReflectiveOperationException {
        Object locator = Class.forName("org.glassfish.internal.api.Globals", true, server)
                .getMethod("getDefaultHabitat").invoke(null);
        Class<?> grizzlyService = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, server);
        Object service = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, server)
                .getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, grizzlyService, new Annotation[0]);
        Field proxies = grizzlyService.getDeclaredField("proxies");
        proxies.setAccessible(true);
        List<HttpServerFilter> filters = new ArrayList<>();
        for (Object proxy : (Collection<?>) proxies.get(service)) {
            Object listener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
            for (Object filter : (List<?>) listener.getClass().getMethod("getFilters", Class.class)
                    .invoke(listener, HttpServerFilter.class)) {
                filters.add((HttpServerFilter) filter);
            }
        }
        return filters;
    }
}
