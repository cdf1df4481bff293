package nl.sleutelnet.application.port.in.selfservice;

/**
 * A key person asks for their personal link by entering their e-mail address on a public page. The answer is always
 * the same, whether the address belongs to a key person or not (so nobody can find out who is registered); a link is
 * mailed only to the address of a key person who may use self-service, and requests are throttled per address and
 * per client.
 */
public interface RequestPersonalLinkUseCase {

    void requestPersonalLink(String emailAddress);
}
