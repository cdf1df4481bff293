package nl.sleutelnet.application.port.in.account;

/** On the very first start (no accounts at all) creates the administrator; later it does nothing. */
public interface EnsureInitialAdminUseCase {

    InitialAdminResult ensureInitialAdmin(InitialAdminCommand command);
}
