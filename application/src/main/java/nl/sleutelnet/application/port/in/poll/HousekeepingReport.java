package nl.sleutelnet.application.port.in.poll;

/**
 * What one run of the poll housekeeping did.
 *
 * @param opened      rounds whose open time had come: their invitations went out
 * @param closed      rounds whose close time had come
 * @param planned     next rounds of recurring series
 * @param invitations invitation mails sent
 * @param reminders   reminder mails sent
 * @param failedMails mails that could not be sent (kept on the round for the coordinator)
 */
public record HousekeepingReport(int opened, int closed, int planned, int invitations, int reminders,
        int failedMails) {
}
