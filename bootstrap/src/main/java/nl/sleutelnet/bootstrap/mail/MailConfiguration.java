package nl.sleutelnet.bootstrap.mail;

import nl.sleutelnet.application.port.out.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The {@link Notifier} the core sends messages through: SMTP when a mail server is configured ({@code spring.mail.host}
 * and the other Spring mail settings), otherwise the log. An embedder can provide its own {@code Notifier} bean.
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    Notifier smtpNotifier(JavaMailSender sender, @Value("${sleutelnet.mail.from:}") String from) {
        return new SmtpNotifier(sender, from);
    }

    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    Notifier loggingNotifier() {
        return new LoggingNotifier();
    }
}
