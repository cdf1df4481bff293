package nl.sleutelnet.bootstrap.mail;

import nl.sleutelnet.application.port.out.Notifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link Notifier} the core sends messages through. */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    Notifier loggingNotifier() {
        return new LoggingNotifier();
    }
}
