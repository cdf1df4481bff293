package nl.sleutelnet.bootstrap;

import nl.sleutelnet.bootstrap.mail.MailConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * Brings Sleutelnet's core into an existing Spring Boot application: the {@link Core} with one bean per use-case
 * interface ({@link UseCaseConfiguration}), the persistence adapter chosen by {@code sleutelnet.persistence}
 * ({@link PersistenceConfiguration}) and the notifier ({@link MailConfiguration}). Every outbound port has a default
 * that yields to a bean of the application's own ({@code Clock}, {@code IdGenerator}, {@code SecretSource},
 * {@code PasswordHasher}, {@code Notifier}). Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; does nothing when the
 * context already has a {@code Core} (as the Sleutelnet application itself does). Not the web adapter: the REST API
 * and the staff UI stay the Sleutelnet application's. See {@code docs/embedding.md}.
 */
@AutoConfiguration
@ConditionalOnMissingBean(Core.class)
@Import({UseCaseConfiguration.class, PersistenceConfiguration.class, MailConfiguration.class})
public class SleutelnetAutoConfiguration {
}
