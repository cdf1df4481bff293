package nl.sleutelnet.domain.network;

import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.KeyPersonBuilder.aKeyPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class KeyPersonTest {

    private static final Instant T1 = Instant.parse("2025-01-10T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-10T10:00:00Z");

    @Test
    void aNewKeyPersonIsACandidateWithADatedFirstStep() {
        KeyPerson candidate = aKeyPerson().candidate().build();
        assertThat(candidate.status()).isEqualTo(KeyPersonStatus.CANDIDATE);
        assertThat(candidate.history()).singleElement().satisfies(step -> {
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(KeyPersonStatus.CANDIDATE);
            assertThat(step.actor()).isEqualTo(COORDINATOR);
        });
    }

    @Test
    void withoutAValidBasisNobodyBecomesActive() {
        KeyPerson candidate = aKeyPerson().candidate().withoutLegalBasis().build();
        assertThatThrownBy(() -> candidate.changeStatus(KeyPersonStatus.ACTIVE, T1, "Start", COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("key-person.no-legal-basis");
                    assertThat(e.getMessage()).contains("record consent");
                });
        KeyPerson withBasis = candidate.recordLegalBasis(LegalBasis.other(LegalGround.PUBLIC_TASK,
                LocalDate.of(2025, 1, 1), EnumSet.of(ProcessingPurpose.NETWORK_CONTACT),
                "Raadsbesluit regisseur aanpak polarisatie, december 2021"));
        KeyPerson active = withBasis.changeStatus(KeyPersonStatus.ACTIVE, T1, "Kennismakingsgesprek", COORDINATOR);
        assertThat(active.status()).isEqualTo(KeyPersonStatus.ACTIVE);
        assertThat(active.history()).extracting(StatusChange::to)
                .containsExactly(KeyPersonStatus.CANDIDATE, KeyPersonStatus.ACTIVE);
    }

    @Test
    void anImpossibleTransitionIsRefusedSayingWhatIsPossible() {
        KeyPerson candidate = aKeyPerson().candidate().named("Fatima").build();
        assertThatThrownBy(() -> candidate.changeStatus(KeyPersonStatus.PAUSED, T1, "Pauze", COORDINATOR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("Fatima is CANDIDATE and cannot become PAUSED; possible: "
                            + "ACTIVE, DEPARTED.");
                });
        KeyPerson departed = aKeyPerson().withStatus(KeyPersonStatus.DEPARTED).build();
        assertThatThrownBy(() -> departed.changeStatus(KeyPersonStatus.ACTIVE, T1, "Terug", COORDINATOR))
                .hasMessageContaining("departure is final");
    }

    @Test
    void everyChangeNeedsAReason() {
        KeyPerson active = aKeyPerson().build();
        assertThatThrownBy(() -> active.changeStatus(KeyPersonStatus.PAUSED, T1, " ", COORDINATOR))
                .hasMessageContaining("reason");
    }

    @Test
    void aPausedKeyPersonCanReturn() {
        KeyPerson paused = aKeyPerson().withStatus(KeyPersonStatus.PAUSED).build();
        KeyPerson back = paused.changeStatus(KeyPersonStatus.ACTIVE, T2, "Weer beschikbaar", COORDINATOR);
        assertThat(back.history()).extracting(StatusChange::to).containsExactly(KeyPersonStatus.CANDIDATE,
                KeyPersonStatus.ACTIVE, KeyPersonStatus.PAUSED, KeyPersonStatus.ACTIVE);
    }

    @Test
    void withdrawingConsentPausesAtOnceAndBlocksReturn() {
        KeyPerson active = aKeyPerson().build();
        KeyPerson withdrawn = active.withdrawConsent(LocalDate.of(2025, 2, 10), T2, COORDINATOR);
        assertThat(withdrawn.status()).isEqualTo(KeyPersonStatus.PAUSED);
        assertThat(withdrawn.history()).last().satisfies(step ->
                assertThat(step.reason()).isEqualTo(KeyPerson.CONSENT_WITHDRAWN));
        assertThat(withdrawn.hasValidBasis()).isFalse();
        assertThat(withdrawn.legalBasis().orElseThrow().withdrawal()).contains(LocalDate.of(2025, 2, 10));
        assertThatThrownBy(() -> withdrawn.changeStatus(KeyPersonStatus.ACTIVE, T2.plusSeconds(1), "Terug",
                COORDINATOR)).hasMessageContaining("without a valid legal basis");
        assertThatThrownBy(() -> withdrawn.withdrawConsent(LocalDate.of(2025, 2, 11), T2, COORDINATOR))
                .hasMessageContaining("already withdrawn");
    }

    @Test
    void aCandidateWithdrawingConsentStaysACandidate() {
        KeyPerson candidate = aKeyPerson().candidate().build();
        assertThat(candidate.withdrawConsent(LocalDate.of(2025, 1, 1), T1, COORDINATOR).status())
                .isEqualTo(KeyPersonStatus.CANDIDATE);
    }

    @Test
    void reconstitutingRefusesABrokenHistory() {
        KeyPerson active = aKeyPerson().build();
        KeyPerson.Snapshot s = active.snapshot();
        List<StatusChange> skipped = List.of(new StatusChange(null, KeyPersonStatus.CANDIDATE, T1, "x", COORDINATOR),
                new StatusChange(KeyPersonStatus.CANDIDATE, KeyPersonStatus.PAUSED, T2, "y", COORDINATOR));
        assertThatThrownBy(() -> KeyPerson.reconstitute(new KeyPerson.Snapshot(s.id(), s.profile(), s.legalBasis(),
                s.nomination(), s.lastContact(), skipped, s.version())))
                .hasMessageContaining("does not follow");
        assertThatThrownBy(() -> KeyPerson.reconstitute(new KeyPerson.Snapshot(s.id(), s.profile(), null,
                s.nomination(), s.lastContact(), s.history(), s.version())))
                .hasMessageContaining("valid legal basis");
    }

    @Test
    void theLatestContactIsKept() {
        KeyPerson person = aKeyPerson().lastContact(LocalDate.of(2025, 3, 1)).build();
        assertThat(person.recordContact(LocalDate.of(2025, 2, 1)).lastContact()).contains(LocalDate.of(2025, 3, 1));
        assertThat(person.recordContact(LocalDate.of(2025, 4, 1)).lastContact()).contains(LocalDate.of(2025, 4, 1));
    }

    @Test
    void aProfileNeedsANameAndABuurt() {
        assertThatThrownBy(() -> new KeyPerson.Profile(" ", null, Set.of(), List.of(), Set.of(), Set.of(), null, ""))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> aKeyPerson().activeIn().build()).hasMessageContaining("at least one buurt");
    }

    @Test
    void consentNeedsPurposesAndHowItWasGiven() {
        assertThatThrownBy(() -> LegalBasis.consent(LocalDate.of(2025, 1, 1), Set.of(), "mondeling"))
                .hasMessageContaining("purpose");
        assertThatThrownBy(() -> LegalBasis.consent(LocalDate.of(2025, 1, 1),
                EnumSet.of(ProcessingPurpose.POLLS), "")).hasMessageContaining("How consent was given");
        assertThatThrownBy(() -> LegalBasis.other(LegalGround.PUBLIC_TASK, LocalDate.of(2025, 1, 1),
                EnumSet.of(ProcessingPurpose.POLLS), null)).hasMessageContaining("reference");
        LegalBasis task = LegalBasis.other(LegalGround.PUBLIC_TASK, LocalDate.of(2025, 1, 1),
                EnumSet.of(ProcessingPurpose.POLLS), "Besluit");
        assertThatThrownBy(() -> task.withdraw(LocalDate.of(2025, 2, 1))).hasMessageContaining("nothing to withdraw");
    }

    @Test
    void aNominationRecordsWhoPutTheCandidateForward() {
        MemberRef wijkagent = MemberRef.partner(UUID.randomUUID());
        KeyPerson nominated = KeyPerson.register(new KeyPersonId(UUID.randomUUID()), aKeyPerson().profile(), null,
                new Nomination(wijkagent, "Kent de jongeren op het plein"), T1, COORDINATOR);
        assertThat(nominated.nomination()).hasValueSatisfying(n -> assertThat(n.nominatedBy()).isEqualTo(wijkagent));
        assertThat(nominated.history().get(0).reason()).isEqualTo("Voorgedragen");
    }
}
