package nl.sleutelnet.application.port.in.evaluation;

import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.programme.Programme;

/** The programme "Aanpak polarisatie": its funding lines and costs. */
public interface ShowProgrammeUseCase {

    Programme showProgramme(Actor actor);
}
