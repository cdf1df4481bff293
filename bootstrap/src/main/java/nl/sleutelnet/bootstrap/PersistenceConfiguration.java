package nl.sleutelnet.bootstrap;

import java.util.List;
import javax.sql.DataSource;
import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.bootstrap.support.CheckpointingTransactionManager;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionManager;

/** Chooses the persistence adapter: {@code sleutelnet.persistence=jdbc} (default) or {@code memory}. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sleutelnet.persistence", havingValue = "jdbc", matchIfMissing = true)
    static class Jdbc {

        @Bean
        Persistence persistence(JdbcClient jdbc, javax.sql.DataSource dataSource) {
            return new JdbcPersistence(jdbc, dataSource);
        }

        /**
         * Spring Boot's JDBC transaction manager, except that on H2 files a commit is in the file before it returns
         * (see {@link CheckpointingTransactionManager}: otherwise a killed process loses up to a second of commits).
         * An embedding application's own transaction manager is left alone.
         */
        @Bean
        @ConditionalOnMissingBean(TransactionManager.class)
        CheckpointingTransactionManager transactionManager(DataSource dataSource,
                ObjectProvider<TransactionManagerCustomizers> customizers) {
            CheckpointingTransactionManager manager = new CheckpointingTransactionManager(dataSource);
            customizers.ifAvailable(c -> c.customize(manager));
            return manager;
        }

        /** Flyway runs our SQL migrations and the Java ones that load the reference data. */
        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static FlywayConfigurationCustomizer sleutelnetMigrations() {
            List<JavaMigration> java = JdbcPersistence.javaMigrations();
            return configuration -> configuration.locations(JdbcPersistence.SQL_MIGRATIONS)
                    .javaMigrations(java.toArray(JavaMigration[]::new));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sleutelnet.persistence", havingValue = "memory")
    static class Memory {

        @Bean
        Persistence persistence() {
            return MemoryPersistence.maastricht();
        }
    }
}
