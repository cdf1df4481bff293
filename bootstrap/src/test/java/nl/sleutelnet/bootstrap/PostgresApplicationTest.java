package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sleutelnet.adapters.persistence.TestDatabases;
import nl.sleutelnet.application.port.in.account.IssueApiTokenCommand;
import nl.sleutelnet.application.port.in.account.IssueApiTokenUseCase;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.bootstrap.web.Http;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production configuration: the application on an empty PostgreSQL database, started by the test itself.
 * Flyway creates the schema and loads the register; the first start creates the administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "sleutelnet.admin.username=beheerder", "sleutelnet.admin.password=een wachtwoord voor postgres",
    "sleutelnet.security.bcrypt-strength=4", "spring.datasource.username=postgres",
    "spring.datasource.password=postgres"})
class PostgresApplicationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabases::emptyPostgresUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ListAccountsUseCase accounts;

    @Autowired
    IssueApiTokenUseCase tokens;

    @Test
    void runsOnPostgreSqlWithTheRegisterLoadedByMigration() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from neighbourhood").query(Integer.class).single()).isEqualTo(44);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class)
                .single()).isEqualTo(jdbc.sql("select count(*) from flyway_schema_history").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(4);

        var admin = accounts.listAccounts(Actor.system()).get(0);
        assertThat(admin.username().value()).isEqualTo("beheerder");
        String token = tokens.issueApiToken(Actor.system(), new IssueApiTokenCommand(admin.id().value(), "test"))
                .secret().reveal();
        Http.Response response = new Http(port).get("/api/v1/wijken", "Authorization", "Bearer " + token);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("wijken").size()).isEqualTo(7);
    }
}
