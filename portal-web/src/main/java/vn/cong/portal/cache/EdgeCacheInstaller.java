package vn.cong.portal.cache;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
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

/**
 * Puts the {@link EdgeHandler} in front of the servlet container on each of Payara's HTTP listeners when the
 * application starts, and takes it away when it stops.
 * <p>
 * Payara has no public hook for this, so the listeners are reached through its service locator (GrizzlyService →
 * network proxies → Grizzly listener → {@link HttpServerFilter}). Everything here is guarded: if a Payara version
 * changes those internals, the product logs one warning and keeps serving hits from the servlet filter — slower,
 * never wrong. Turn it off with {@code cong.page-cache.edge=false}.
 */
@WebListener
public class EdgeCacheInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(EdgeCacheInstaller.class.getName());

    @Inject
    PageCache cache;

    @Inject
    @ConfigProperty(name = "cong.page-cache.edge", defaultValue = "true")
    boolean edgeEnabled;

    private final List<HttpServerFilter> installedOn = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!edgeEnabled || !cache.isEnabled()) {
            return;
        }
        try {
            for (HttpServerFilter filter : httpFilters(event.getServletContext().getClass().getClassLoader())) {
                HttpHandler current = filter.getHttpHandler();
                if (current != null && !(current instanceof EdgeHandler)) {
                    filter.setHttpHandler(new EdgeHandler(current, cache));
                    installedOn.add(filter);
                }
            }
            LOG.info(() -> "CONG: page cache served at the HTTP layer on " + installedOn.size() + " listener(s)");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "CONG: page cache stays in the servlet filter only (Payara internals changed?)", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (HttpServerFilter filter : installedOn) {
            if (filter.getHttpHandler() instanceof EdgeHandler edge) {
                filter.setHttpHandler(edge.container());
            }
        }
        installedOn.clear();
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
