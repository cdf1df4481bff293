package nl.sleutelnet.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.programme.Cost;
import nl.sleutelnet.domain.programme.FundingLine;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.programme.ProgrammeId;
import nl.sleutelnet.domain.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every persistence adapter must do with the programme and its money; run on memory, H2 and PostgreSQL. */
public abstract class ProgrammeContract {

    private static final AccountId COORDINATOR = new AccountId(UUID.randomUUID());

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void everyInstallationStartsWithTheCouncilDecisionOf2021() {
        Programme seeded = store.programmes().findById(Programme.AANPAK_POLARISATIE).orElseThrow();
        assertThat(seeded).isEqualTo(Programme.aanpakPolarisatie().withVersion(1));
        FundingLine line = seeded.fundingLines().get(0);
        assertThat(line.perYear()).isEqualTo(Money.euros(50_000));
        assertThat(line.fromYear()).isEqualTo(2022);
        assertThat(line.toYear()).isEqualTo(2026);
        assertThat(line.total()).isEqualTo(Money.euros(250_000));
        assertThat(store.programmes().findAll()).containsExactly(seeded);
    }

    @Test
    void costsAndFundingLinesRoundTripExactlyToTheCent() {
        Programme seeded = store.programmes().findById(Programme.AANPAK_POLARISATIE).orElseThrow();
        UUID intervention = UUID.randomUUID();
        Cost training = new Cost(UUID.randomUUID(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                new Money(1_234_567), "Weerbaarheidstraining voor jongerenwerkers", intervention,
                Instant.parse("2024-04-02T10:15:30.123456789Z"), COORDINATOR);
        Cost coffee = new Cost(UUID.randomUUID(), LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 7),
                new Money(4_999), "Koffie en vlaai bij de dialoogavond", null, Instant.parse("2024-05-08T09:00:00Z"),
                COORDINATOR);
        FundingLine extra = new FundingLine(UUID.randomUUID(), "Rijksbijdrage weerbaarheid", "Trainingen", 2025,
                2026, new Money(1_000_001), "");
        Programme saved = store.programmes().save(seeded.recordCost(training).recordCost(coffee)
                .addFundingLine(extra));
        assertThat(saved.version()).isEqualTo(2);
        Programme read = store.programmes().findById(Programme.AANPAK_POLARISATIE).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.costs()).extracting(Cost::description).containsExactly(training.description(),
                coffee.description());
        assertThat(read.costs().get(0).recordedAt()).isEqualTo(Instant.parse("2024-04-02T10:15:30.123456Z"));
        assertThat(read.costs().get(0).intervention()).isEqualTo(intervention);
        assertThat(read.spent(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEqualTo(new Money(1_234_567 + 4_999));

        Programme removed = store.programmes().save(read.removeCost(training.id()));
        assertThat(store.programmes().findById(Programme.AANPAK_POLARISATIE).orElseThrow().costs())
                .containsExactly(removed.costs().get(0));
    }

    @Test
    void aSecondWriterWithTheOldVersionIsRefused() {
        Programme seeded = store.programmes().findById(Programme.AANPAK_POLARISATIE).orElseThrow();
        store.programmes().save(seeded.recordCost(cost("Eerste")));
        assertThatThrownBy(() -> store.programmes().save(seeded.recordCost(cost("Tweede"))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.programmes().findById(Programme.AANPAK_POLARISATIE).orElseThrow().costs())
                .extracting(Cost::description).containsExactly("Eerste");
    }

    @Test
    void anotherProgrammeCanBeStored() {
        Programme other = Programme.start(new ProgrammeId(UUID.randomUUID()), "Wijkbudgetten");
        Programme saved = store.programmes().save(other);
        assertThat(store.programmes().findById(other.id())).contains(saved);
        assertThat(store.programmes().findAll()).extracting(Programme::name)
                .containsExactly("Aanpak polarisatie", "Wijkbudgetten");
    }

    private static Cost cost(String description) {
        return new Cost(UUID.randomUUID(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), Money.euros(10),
                description, null, Instant.parse("2025-01-02T00:00:00Z"), COORDINATOR);
    }
}
