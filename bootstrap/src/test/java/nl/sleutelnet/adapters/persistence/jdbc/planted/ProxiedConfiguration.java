package nl.sleutelnet.adapters.persistence.jdbc.planted;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Planted violation: a configuration class whose bean methods Spring would proxy (a CGLIB subclass at each start). */
@Configuration
public class ProxiedConfiguration {

    @Bean
    String greeting() {
        return "hallo";
    }
}
