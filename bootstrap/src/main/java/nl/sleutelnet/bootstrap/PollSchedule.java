package nl.sleutelnet.bootstrap;

import java.time.Duration;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.in.poll.HousekeepingReport;
import nl.sleutelnet.application.port.in.poll.PollHousekeepingUseCase;
import nl.sleutelnet.domain.audit.AuditOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the poll housekeeping on a schedule (every hour by default, {@code sleutelnet.polls.housekeeping.interval}):
 * rounds open and close on time, reminders go out, recurring rounds continue. Off with
 * {@code sleutelnet.polls.housekeeping.enabled=false} (tests). With several instances on one database each run happens
 * on one of them ({@link ScheduledJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "sleutelnet.polls.housekeeping.enabled", havingValue = "true", matchIfMissing = true)
public class PollSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PollSchedule.class);

    static final String JOB = "poll-housekeeping";

    private final PollHousekeepingUseCase housekeeping;
    private final ScheduledJobs jobs;
    private final Duration interval;

    public PollSchedule(PollHousekeepingUseCase housekeeping, ScheduledJobs jobs,
            @Value("${sleutelnet.polls.housekeeping.interval:PT1H}") Duration interval) {
        this.housekeeping = housekeeping;
        this.jobs = jobs;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${sleutelnet.polls.housekeeping.initial-delay:PT1M}",
            fixedDelayString = "${sleutelnet.polls.housekeeping.interval:PT1H}")
    public void run() {
        jobs.runOnce(JOB, interval.dividedBy(2), interval, this::housekeeping);
    }

    private void housekeeping() {
        try (CallContext.Scope job = CallContext.open(AuditOrigin.job(JOB))) {
            HousekeepingReport report = housekeeping.pollHousekeeping();
            if (!report.equals(new HousekeepingReport(0, 0, 0, 0, 0, 0))) {
                LOG.info("Poll housekeeping: {} rounds opened, {} closed, {} planned; {} invitations and {} reminders "
                        + "sent, {} mails failed", report.opened(), report.closed(), report.planned(),
                        report.invitations(), report.reminders(), report.failedMails());
            }
        } catch (RuntimeException e) {
            LOG.error("Poll housekeeping failed; nothing of this run was kept. It runs again at the next interval.",
                    e);
        }
    }
}
