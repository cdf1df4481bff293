package nl.sleutelnet.bootstrap;

import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.account.CreateAccountUseCase;
import nl.sleutelnet.application.port.in.account.ListAccountsUseCase;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditOrigin;
import nl.sleutelnet.domain.signal.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A small synthetic dataset for trying Sleutelnet ({@code --demo}): one account per staff role, all with the
 * password {@value #PASSWORD}. Loaded once, through the same use cases as everything else; never in production.
 *
 * <p>Loaded as the context starts, before the web server does (an early lifecycle phase): the history replay moves
 * the demo clock through the past, and a sign-in during it would carry a moment in that past (its session would end
 * at the next request). Nobody can reach the app until the demo is complete; the administrator comes first.
 */
@Component
@Profile("demo")
class DemoData extends BeforeTheWebServer {

    static final String PASSWORD = "demo-wachtwoord";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final CreateAccountUseCase create;
    private final ListAccountsUseCase list;
    private final org.springframework.beans.factory.BeanFactory beans;

    DemoData(CreateAccountUseCase create, ListAccountsUseCase list, org.springframework.beans.factory.BeanFactory beans) {
        super(InitialAdministrator.PHASE + 1);
        this.create = create;
        this.list = list;
        this.beans = beans;
    }

    @Override
    protected void once() {
        try (CallContext.Scope job = CallContext.open(AuditOrigin.job("demo-data"))) {
            load();
        }
    }

    private void load() {
        Actor system = Actor.system();
        if (list.listAccounts(system).stream().anyMatch(a -> a.username().value().equals("regisseur"))) {
            return;
        }
        create.createAccount(system, new CreateAccountCommand("regisseur", "Regisseur aanpak polarisatie",
                List.of("COORDINATOR"), List.of(), PASSWORD, "regisseur@example.org"));
        create.createAccount(system, new CreateAccountCommand("wijkagent.noordwest", "Wijkagent Noordwest",
                List.of("PROFESSIONAL"), List.of("BU09350300", "BU09350301", "BU09350302", "BU09350303",
                        "BU09350304"), PASSWORD));
        create.createAccount(system, new CreateAccountCommand("analist", "Beleidsadviseur",
                List.of("ANALYST"), List.of(), PASSWORD));
        Actor regisseur = list.listAccounts(system).stream().filter(a -> a.username().value().equals("regisseur"))
                .findFirst().orElseThrow().asActor();
        DemoNetwork.UseCases useCases = new DemoNetwork.UseCases() {
            @Override
            public <T> T useCase(Class<T> type) {
                return beans.getBean(type);
            }
        };
        java.time.Instant now = beans.getBean(java.time.Clock.class).instant();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Amsterdam"));
        java.time.Clock clock = beans.getBean(java.time.Clock.class);
        if (clock instanceof DemoClock replay) {
            long started = System.nanoTime();
            new DemoHistory(useCases, regisseur, replay, today).load();
            LOG.info("Demo history 2022-{} replayed in {} ms.", today.getYear(), (System.nanoTime() - started) / 1_000_000);
        }
        DemoNetwork network = new DemoNetwork(useCases, regisseur, today);
        network.load();
        Signal schoolplein = new DemoSignals(useCases, regisseur, network.members(), now).load();
        new DemoInterventions(useCases, regisseur, today).load(schoolplein);
        LOG.info("Demo data loaded: accounts regisseur, wijkagent.noordwest and analist (password '{}'), and a small "
                + "network of key persons and partners in Noordwest and Centrum, signals there and an intervention.",
                PASSWORD);
    }
}
