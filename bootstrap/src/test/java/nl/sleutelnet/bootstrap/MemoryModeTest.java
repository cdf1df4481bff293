package nl.sleutelnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sleutelnet.adapters.persistence.Persistence;
import nl.sleutelnet.adapters.persistence.memory.MemoryPersistence;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.domain.access.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** With the profile {@code memory} the application runs without any database, and the demo data loads. */
@SpringBootTest(properties = {"sleutelnet.admin.password=een wachtwoord in het geheugen",
    "sleutelnet.security.bcrypt-strength=4"})
@ActiveProfiles({"memory", "demo"})
class MemoryModeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Persistence persistence;

    @Autowired
    ListDistrictsUseCase districts;

    @Autowired
    SignInUseCase signIn;

    @Autowired
    SearchSignalsUseCase signals;

    @Test
    void runsOnTheMemoryAdapterWithoutADatabase() {
        assertThat(persistence).isInstanceOf(MemoryPersistence.class);
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
        assertThat(districts.listDistricts(Actor.system())).hasSize(7);
        assertThat(signIn.signIn(new SignInCommand("admin", "een wachtwoord in het geheugen")).username())
                .isEqualTo("admin");
        assertThat(signIn.signIn(new SignInCommand("regisseur", DemoData.PASSWORD)).roles())
                .extracting(Enum::name).containsExactly("COORDINATOR");
        Actor coordinator = signIn.signIn(new SignInCommand("regisseur", DemoData.PASSWORD));
        assertThat(signals.searchSignals(coordinator, new SignalQuery(null, false, null, null, null, 0, 50)).items())
                .extracting(s -> s.status().name())
                .containsExactlyInAnyOrder("RECEIVED", "RECEIVED", "RECEIVED", "ASSESSED", "CLOSED");
    }
}
