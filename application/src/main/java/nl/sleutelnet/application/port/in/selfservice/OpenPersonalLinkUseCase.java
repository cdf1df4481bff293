package nl.sleutelnet.application.port.in.selfservice;

/**
 * What a personal link (from the mail, or from the key person's self-service cookie) is worth now: a self-service
 * session for its one key person, or why not. Called on every self-service request.
 */
public interface OpenPersonalLinkUseCase {

    PersonalLinkSession openPersonalLink(String token);
}
