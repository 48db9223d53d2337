package vn.cong.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background jobs of an instance (scheduled publication, inbox reminders, the e-mail outbox, compliance,
 * retention): each runs every N seconds on Jakarta Concurrency's managed scheduler, from when its owner starts it —
 * on {@link SchemaReady}, once Flyway is done — until the application stops. A run that throws is logged and the
 * next one still comes (a repeating task that throws would silently stop repeating). Jobs that must happen once per
 * cluster claim their run inside the body (a row lock, or {@code JobClaims}); why not EJB {@code @Schedule}: the
 * the editorial README beside its code, "Scheduled publication".
 */
@ApplicationScoped
public class PeriodicJobs {

    private static final Logger LOG = Logger.getLogger(PeriodicJobs.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

    /**
     * Runs {@code body} every {@code intervalSeconds}, the first time after {@code firstDelaySeconds}; an interval
     * of zero or less leaves the job off (configuration turns jobs off in tests that drive them by hand).
     */
    public void every(String name, long firstDelaySeconds, long intervalSeconds, Runnable body) {
        if (intervalSeconds <= 0) {
            LOG.info(() -> "CONG: " + name + " is off");
            return;
        }
        tasks.add(executor.scheduleWithFixedDelay(() -> runSafely(name, body), Math.max(0, firstDelaySeconds),
                intervalSeconds, TimeUnit.SECONDS));
        LOG.info(() -> "CONG: " + name + " runs every " + intervalSeconds + " s");
    }

    private static void runSafely(String name, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "CONG: " + name + " failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
    }
}
