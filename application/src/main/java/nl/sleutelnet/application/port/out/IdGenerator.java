package nl.sleutelnet.application.port.out;

import java.util.UUID;

/** New identifiers for aggregates. Random UUIDs by default; simulations plug in a seeded one. */
public interface IdGenerator {

    UUID newId();
}
