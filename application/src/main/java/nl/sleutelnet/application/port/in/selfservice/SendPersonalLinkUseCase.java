package nl.sleutelnet.application.port.in.selfservice;

import java.util.UUID;
import nl.sleutelnet.domain.access.Actor;

/**
 * The coordinator mails a key person their personal "Mijn Sleutelnet" link (to the e-mail address on record). The
 * link works, again and again, until it expires (seven days by default).
 */
public interface SendPersonalLinkUseCase {

    PersonalLinkSent sendPersonalLink(Actor actor, UUID keyPersonId);
}
