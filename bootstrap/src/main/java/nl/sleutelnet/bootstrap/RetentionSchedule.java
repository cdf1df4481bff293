package nl.sleutelnet.bootstrap;

import java.time.Duration;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.in.privacy.ApplyRetentionUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies the retention terms every day (at 03:15 by default, {@code sleutelnet.retention.cron}, in
 * {@code sleutelnet.time-zone}), as Sleutelnet itself: the audit log records the job as its origin. Off with
 * {@code sleutelnet.retention.enabled=false} (tests). With several instances on one database the run happens on one
 * of them ({@link ScheduledJobs}: claimed for at least an hour, at most twelve).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "sleutelnet.retention.enabled", havingValue = "true", matchIfMissing = true)
public class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    static final String JOB = "retention";

    private final ApplyRetentionUseCase retention;
    private final ScheduledJobs jobs;

    public RetentionSchedule(ApplyRetentionUseCase retention, ScheduledJobs jobs) {
        this.retention = retention;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${sleutelnet.retention.cron:0 15 3 * * *}", zone = "${sleutelnet.time-zone:Europe/Amsterdam}")
    public void run() {
        jobs.runOnce(JOB, Duration.ofHours(1), Duration.ofHours(12), this::apply);
    }

    private void apply() {
        try (CallContext.Scope job = CallContext.open(nl.sleutelnet.domain.audit.AuditOrigin.job(JOB))) {
            DeletionRecord record = retention.applyRetention(Actor.system());
            LOG.info("Retention terms applied: {}", record.counts().isEmpty() ? "nothing was due" : record.counts());
        } catch (RuntimeException e) {
            LOG.error("Applying the retention terms failed; nothing of this run was kept. It runs again tomorrow.", e);
        }
    }
}
