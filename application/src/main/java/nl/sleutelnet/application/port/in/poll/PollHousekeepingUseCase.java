package nl.sleutelnet.application.port.in.poll;

/**
 * Sleutelnet's own poll work, run on a schedule: closes the rounds whose time has come (planning the next round of a
 * recurring series), opens the rounds whose open time has come (sending their invitations), and reminds, once, the
 * invited key persons who have not answered when a round is the configured number of days from closing, each with a
 * fresh link. Running it again at once does nothing more.
 */
public interface PollHousekeepingUseCase {

    HousekeepingReport pollHousekeeping();
}
