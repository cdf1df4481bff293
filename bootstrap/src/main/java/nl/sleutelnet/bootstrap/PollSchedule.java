package nl.sleutelnet.bootstrap;

import nl.sleutelnet.application.port.in.poll.HousekeepingReport;
import nl.sleutelnet.application.port.in.poll.PollHousekeepingUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the poll housekeeping on a schedule (every hour by default, {@code sleutelnet.polls.housekeeping.interval}):
 * rounds open and close on time, reminders go out, recurring rounds continue. Off with
 * {@code sleutelnet.polls.housekeeping.enabled=false} (tests, or a second instance of the application).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "sleutelnet.polls.housekeeping.enabled", havingValue = "true", matchIfMissing = true)
public class PollSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(PollSchedule.class);

    private final PollHousekeepingUseCase housekeeping;

    public PollSchedule(PollHousekeepingUseCase housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Scheduled(initialDelayString = "${sleutelnet.polls.housekeeping.initial-delay:PT1M}",
            fixedDelayString = "${sleutelnet.polls.housekeeping.interval:PT1H}")
    public void run() {
        try {
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
