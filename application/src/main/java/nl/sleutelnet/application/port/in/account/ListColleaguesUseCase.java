package nl.sleutelnet.application.port.in.account;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;

/**
 * The enabled coordinators and professionals: who can be a key person's municipal contact person (for those who
 * manage the network) or handle a signal (for those who handle signals).
 */
public interface ListColleaguesUseCase {

    List<Colleague> listColleagues(Actor actor);
}
