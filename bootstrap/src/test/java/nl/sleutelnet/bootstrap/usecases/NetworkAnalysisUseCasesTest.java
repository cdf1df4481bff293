package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.application.port.in.network.AnalyseNetworkUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.CoverageReport;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.NetworkReport;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.network.WhatIfCommand;
import nl.sleutelnet.application.port.in.network.WhatIfReport;
import nl.sleutelnet.application.port.in.network.WhatIfUseCase;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.analysis.CutVertex;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's questions through the real core: a chain Anna – Bram – Chris where Bram holds Chris's buurt to
 * the rest, so "if Bram leaves, Boschpoort loses its connection".
 */
class NetworkAnalysisUseCasesTest {

    private static final NeighbourhoodCode FRONTEN = NeighbourhoodCode.of("BU09350302");
    private static final NeighbourhoodCode BOSCHPOORT = NeighbourhoodCode.of("BU09350300");

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");
    private KeyPerson anna;
    private KeyPerson bram;
    private KeyPerson chris;

    @BeforeEach
    void network() {
        anna = active("Anna", "BU09350302", "wij-zij");
        bram = active("Bram", "BU09350302", "religie");
        chris = active("Chris", "BU09350300", "wij-zij");
        tie(anna, bram);
        tie(bram, chris);
    }

    @Test
    void coverageCountsActiveKeyPersonsPerBuurtAndThemeAndListsWhiteSpots() {
        CoverageReport report = fixture.useCase(ShowCoverageUseCase.class).showCoverage(coordinator);
        assertThat(report.coverage().count(FRONTEN, ThemeCode.of("wij-zij"))).isEqualTo(1);
        assertThat(report.coverage().count(FRONTEN, ThemeCode.of("religie"))).isEqualTo(1);
        assertThat(report.coverage().count(BOSCHPOORT, ThemeCode.of("religie"))).isZero();
        assertThat(report.whiteSpotCount()).isEqualTo(44 * 8 - 3);
        assertThat(report.names()).containsValue("Anna");

        Actor analyst = fixture.actor("analist", "ANALYST");
        CoverageReport counts = fixture.useCase(ShowCoverageUseCase.class).showCoverage(analyst);
        assertThat(counts.coverage().count(FRONTEN, ThemeCode.of("wij-zij"))).isEqualTo(1);
        assertThat(counts.names()).as("an analyst sees numbers, never a person").isEmpty();
        assertThat(counts.coverage().keyPersons(FRONTEN, ThemeCode.of("wij-zij")))
                .as("not even by id").doesNotContain(anna.asMember(), bram.asMember(), chris.asMember());
    }

    @Test
    void theAnalysisNamesWhoseDepartureCutsABuurtOff() {
        NetworkReport report = fixture.useCase(AnalyseNetworkUseCase.class).analyseNetwork(coordinator,
                LocalDate.of(2025, 3, 3), LocalDate.of(2026, 3, 2));
        assertThat(report.cutVertices()).singleElement().satisfies((CutVertex c) -> {
            assertThat(report.name(c.member())).isEqualTo("Bram");
            assertThat(c.buurtenLosingConnection()).containsExactly(BOSCHPOORT);
        });
        assertThat(report.betweenness().get(0).member()).isEqualTo(bram.asMember());
        assertThat(report.clusters()).hasSize(1);
        assertThat(report.stale()).extracting(KeyPerson::displayName).containsExactly("Anna", "Bram", "Chris");
        assertThat(report.turnover().joined()).isEqualTo(3);
        assertThat(report.ties()).hasSize(2);

        assertThatThrownBy(() -> fixture.useCase(AnalyseNetworkUseCase.class).analyseNetwork(
                fixture.actor("analist", "ANALYST"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whatIfComparesWithoutChangingData() {
        WhatIfReport report = fixture.useCase(WhatIfUseCase.class).whatIf(coordinator, new WhatIfCommand(
                List.of("KEY_PERSON:" + chris.id().value()), List.of(new WhatIfCommand.Newcomer("Dewi",
                        List.of("BU09350302"), List.of("overheidsmaatregelen"),
                        List.of("KEY_PERSON:" + anna.id().value())))));
        assertThat(report.comparison().whiteSpotsGained()).extracting(c -> c.buurt())
                .containsExactly(BOSCHPOORT);
        assertThat(report.comparison().whiteSpotsClosed()).singleElement()
                .satisfies(c -> assertThat(c.theme()).isEqualTo(ThemeCode.of("overheidsmaatregelen")));
        assertThat(fixture.persistence.keyPersons().findAll()).hasSize(3);
    }

    @Test
    void aWhatIfAboutSomeoneUnknownIsRefusedWithTheReason() {
        assertThatThrownBy(() -> fixture.useCase(WhatIfUseCase.class).whatIf(coordinator, new WhatIfCommand(
                List.of("KEY_PERSON:" + java.util.UUID.randomUUID()), List.of(new WhatIfCommand.Newcomer("Dewi",
                        List.of("BU09350302"), List.of(), List.of("PARTNER:" + java.util.UUID.randomUUID()))))))
                .isInstanceOfSatisfying(nl.sleutelnet.application.port.in.InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field())
                                .containsExactly("remove", "add[0].tiesTo"));
    }

    private KeyPerson active(String name, String buurt, String theme) {
        KeyPerson registered = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, List.of(buurt), null, List.of(theme), null, null, null,
                        new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 1), List.of("NETWORK_CONTACT"),
                                "mondeling, genoteerd", null), null, null, null));
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(registered.id().value(), "ACTIVE", "Kennismaking", registered.version()));
    }

    private void tie(KeyPerson one, KeyPerson other) {
        fixture.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, "KEY_PERSON",
                one.id().value(), "KEY_PERSON", other.id().value(), "KNOWS", 3, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), 0));
    }
}
