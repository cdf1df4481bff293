package nl.sleutelnet.adapters.persistence.memory.planted;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Planted violation: Spring in the memory adapter. */
public class MemoryUsingSpring {

    public JdbcClient client;
}
