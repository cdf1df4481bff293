package nl.sleutelnet.bootstrap;

import java.time.Duration;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.in.signal.RemindOverdueSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.RemindOverdueSignalsUseCase.OverdueReminder;
import nl.sleutelnet.domain.audit.AuditOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminds the handlers of signals overdue for assessment, on working days at 07:30 by default
 * ({@code sleutelnet.signals.overdue-reminder.cron}, in {@code sleutelnet.time-zone}). Off with
 * {@code sleutelnet.signals.overdue-reminder.enabled=false}. With several instances on one database each reminder
 * goes out once ({@link ScheduledJobs}: claimed for at least an hour, at most six).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "sleutelnet.signals.overdue-reminder.enabled", havingValue = "true",
        matchIfMissing = true)
public class OverdueSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueSchedule.class);

    static final String JOB = "overdue-reminder";

    private final RemindOverdueSignalsUseCase reminder;
    private final ScheduledJobs jobs;

    public OverdueSchedule(RemindOverdueSignalsUseCase reminder, ScheduledJobs jobs) {
        this.reminder = reminder;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${sleutelnet.signals.overdue-reminder.cron:0 30 7 * * MON-FRI}",
            zone = "${sleutelnet.time-zone:Europe/Amsterdam}")
    public void run() {
        jobs.runOnce(JOB, Duration.ofHours(1), Duration.ofHours(6), this::remind);
    }

    private void remind() {
        try (CallContext.Scope job = CallContext.open(AuditOrigin.job(JOB))) {
            OverdueReminder sent = reminder.remindOverdueSignals();
            if (sent.overdue() > 0) {
                LOG.info("Overdue signals: {}; {} reminders sent, {} failed", sent.overdue(), sent.reminded(),
                        sent.failed());
            }
        } catch (RuntimeException e) {
            LOG.error("Reminding of overdue signals failed; it runs again at the next scheduled time.", e);
        }
    }
}
