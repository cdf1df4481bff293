package nl.sleutelnet.application.port.in.network;

import nl.sleutelnet.domain.access.Actor;

/** Compares coverage and connectivity before and after members leave or join, without changing any data. */
public interface WhatIfUseCase {

    WhatIfReport whatIf(Actor actor, WhatIfCommand command);
}
