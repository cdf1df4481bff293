package nl.sleutelnet.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.audit.AuditActor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditOrigin;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.audit.Disclosure;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every persistence adapter must do with the audit log; run on memory, H2 and PostgreSQL. */
public abstract class AuditLogContract {

    protected static final Instant T = Instant.parse("2026-03-02T10:00:00.123456Z");
    protected static final AccountId COORDINATOR = new AccountId(UUID.fromString("c0000000-0000-4000-8000-00000000000c"));
    protected static final String KEY_PERSON = "a0000000-0000-4000-8000-0000000000aa";
    protected static final String OTHER_KEY_PERSON = "b0000000-0000-4000-8000-0000000000bb";

    protected Persistence store;

    protected abstract Persistence freshInstallation();

    @BeforeEach
    void install() {
        store = freshInstallation();
    }

    @Test
    void anEntryRoundTripsWithEveryPart() {
        AuditEntry full = new AuditEntry(UUID.randomUUID(), "0123456789abcdef0123456789abcdef",
                Instant.parse("2026-03-02T10:00:00.123456789Z"), account("regisseur"),
                "RecordDisclosureUseCase.recordDisclosure", AuditPurpose.SIGNALS, Optional.of("KeyPersonExport"),
                Optional.of("export-7"), List.of(KEY_PERSON, OTHER_KEY_PERSON), AuditResult.SUCCESS, Optional.empty(),
                new AuditOrigin(AuditOrigin.Channel.API, Optional.of("zaaksysteem"), Optional.of("2001:db8::1")),
                Optional.of(new Disclosure("Politie Limburg", "art. 6 lid 1 sub e AVG")));
        AuditEntry bare = new AuditEntry(UUID.randomUUID(), "fedcba9876543210fedcba9876543210", T.minusSeconds(1),
                AuditActor.personalLink(), "AnswerPollUseCase.answerPoll", AuditPurpose.POLLS, Optional.empty(),
                Optional.empty(), List.of(), AuditResult.REFUSED, Optional.of("poll.token.unknown"),
                AuditOrigin.embedded(), Optional.empty());
        store.auditLog().append(full);
        store.auditLog().append(bare);

        assertThat(store.auditLog().search(AuditFilter.everything(), PageRequest.first()).items())
                .containsExactly(full, bare);
        assertThat(full.at()).as("kept to the microsecond").isEqualTo(Instant.parse("2026-03-02T10:00:00.123456Z"));
    }

    @Test
    void anEntryIsAddedOnce() {
        AuditEntry entry = entry(T, account("regisseur"), "ShowKeyPersonUseCase.showKeyPerson", AuditResult.SUCCESS);
        store.auditLog().append(entry);
        assertThatThrownBy(() -> store.auditLog().append(entry)).isInstanceOf(DomainException.class)
                .hasMessageContaining(entry.id().toString());
        assertThat(store.auditLog().search(AuditFilter.everything(), PageRequest.first()).total()).isEqualTo(1);
    }

    @Test
    void newestFirstAndOfTheSameMomentTheLaterAppendedFirst() {
        AuditEntry old = append(T.minusSeconds(60), "A.first", AuditResult.SUCCESS);
        AuditEntry sameA = append(T, "A.second", AuditResult.SUCCESS);
        AuditEntry sameB = append(T, "A.third", AuditResult.SUCCESS);
        AuditEntry newest = append(T.plusSeconds(60), "A.fourth", AuditResult.SUCCESS);

        assertThat(store.auditLog().search(AuditFilter.everything(), new PageRequest(0, 3)).items())
                .containsExactly(newest, sameB, sameA);
        assertThat(store.auditLog().search(AuditFilter.everything(), new PageRequest(1, 3)).items())
                .containsExactly(old);
        assertThat(store.auditLog().search(AuditFilter.everything(), new PageRequest(1, 3)).total()).isEqualTo(4);
        assertThat(store.auditLog().export(AuditFilter.everything(), 2)).containsExactly(newest, sameB);
    }

    @Test
    void everyFilterSelectsWhatItSays() {
        AuditEntry show = store(new AuditEntry(UUID.randomUUID(), trace(), T, account("Regisseur_Maas"),
                "ShowKeyPersonUseCase.showKeyPerson", AuditPurpose.NETWORK_CONTACT, Optional.of("KeyPerson"),
                Optional.of(KEY_PERSON), List.of(KEY_PERSON), AuditResult.SUCCESS, Optional.empty(),
                AuditOrigin.embedded(), Optional.empty()));
        AuditEntry search = store(new AuditEntry(UUID.randomUUID(), trace(), T.plusSeconds(10), account("wijkagent"),
                "SearchKeyPersonsUseCase.searchKeyPersons", AuditPurpose.NETWORK_CONTACT, Optional.empty(),
                Optional.empty(), List.of(OTHER_KEY_PERSON, KEY_PERSON), AuditResult.SUCCESS, Optional.empty(),
                AuditOrigin.embedded(), Optional.empty()));
        AuditEntry refused = store(new AuditEntry(UUID.randomUUID(), trace(), T.plusSeconds(20), account("analist"),
                "ShowSignalUseCase.showSignal", AuditPurpose.SIGNALS, Optional.of("Signal"), Optional.of("s-1"),
                List.of(), AuditResult.REFUSED, Optional.of("access.denied"), AuditOrigin.embedded(),
                Optional.empty()));
        AuditEntry disclosed = store(new AuditEntry(UUID.randomUUID(), trace(), T.plusSeconds(30),
                AuditActor.system(), "RecordDisclosureUseCase.recordDisclosure", AuditPurpose.SIGNALS,
                Optional.of("Export"), Optional.empty(), List.of(), AuditResult.SUCCESS, Optional.empty(),
                AuditOrigin.job("export"), Optional.of(new Disclosure("Politie", "convenant"))));

        assertThat(select(filter().from(T.plusSeconds(10)).to(T.plusSeconds(30)))).containsExactly(refused, search);
        assertThat(select(filter().actor("regisseur_"))).as("part of the name, any case").containsExactly(show);
        assertThat(select(filter().actor("regisseurxmaas"))).as("_ is a letter, not a wildcard").isEmpty();
        assertThat(select(filter().actor(COORDINATOR.value().toString().toUpperCase())))
                .as("the account id").containsExactly(refused, search, show);
        assertThat(select(filter().action("keyperson"))).containsExactly(search, show);
        assertThat(select(filter().objectType("keyperson"))).containsExactly(show);
        assertThat(select(filter().objectId(KEY_PERSON))).as("as object or data subject")
                .containsExactly(search, show);
        assertThat(select(filter().objectId(KEY_PERSON.substring(0, 8)))).as("the whole id").isEmpty();
        assertThat(select(filter().result(AuditResult.REFUSED))).containsExactly(refused);
        assertThat(select(filter().purpose(AuditPurpose.SIGNALS))).containsExactly(disclosed, refused);
        assertThat(select(filter().disclosures())).containsExactly(disclosed);
        assertThat(select(filter().purpose(AuditPurpose.SIGNALS).result(AuditResult.SUCCESS)))
                .as("all parts together").containsExactly(disclosed);
        assertThat(store.auditLog().search(filter().purpose(AuditPurpose.NETWORK_CONTACT).build(),
                new PageRequest(0, 1)).total()).isEqualTo(2);
    }

    private List<AuditEntry> select(FilterBuilder filter) {
        AuditFilter built = filter.build();
        List<AuditEntry> found = store.auditLog().search(built, new PageRequest(0, 50)).items();
        assertThat(store.auditLog().export(built, 50)).as("export selects the same").isEqualTo(found);
        return found;
    }

    private AuditEntry store(AuditEntry entry) {
        store.auditLog().append(entry);
        return entry;
    }

    private AuditEntry append(Instant at, String action, AuditResult result) {
        return store(entry(at, account("regisseur"), action, result));
    }

    protected static AuditEntry entry(Instant at, AuditActor actor, String action, AuditResult result) {
        return new AuditEntry(UUID.randomUUID(), trace(), at, actor, action, AuditPurpose.NETWORK_CONTACT,
                Optional.of("KeyPerson"), Optional.of(KEY_PERSON), List.of(KEY_PERSON), result,
                result == AuditResult.SUCCESS ? Optional.empty() : Optional.of("some.code"), AuditOrigin.embedded(),
                Optional.empty());
    }

    protected static AuditActor account(String name) {
        return new AuditActor(AuditActor.Kind.ACCOUNT, Optional.of(COORDINATOR), name);
    }

    private static String trace() {
        return AuditEntry.newTraceId(UUID.randomUUID());
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** Builds a filter part by part, so each assertion names only what it filters on. */
    private static final class FilterBuilder {
        private Optional<Instant> from = Optional.empty();
        private Optional<Instant> to = Optional.empty();
        private Optional<String> actor = Optional.empty();
        private Optional<String> action = Optional.empty();
        private Optional<String> objectType = Optional.empty();
        private Optional<String> objectId = Optional.empty();
        private Optional<AuditResult> result = Optional.empty();
        private Optional<AuditPurpose> purpose = Optional.empty();
        private boolean disclosures;

        FilterBuilder from(Instant value) {
            from = Optional.of(value);
            return this;
        }

        FilterBuilder to(Instant value) {
            to = Optional.of(value);
            return this;
        }

        FilterBuilder actor(String value) {
            actor = Optional.of(value);
            return this;
        }

        FilterBuilder action(String value) {
            action = Optional.of(value);
            return this;
        }

        FilterBuilder objectType(String value) {
            objectType = Optional.of(value);
            return this;
        }

        FilterBuilder objectId(String value) {
            objectId = Optional.of(value);
            return this;
        }

        FilterBuilder result(AuditResult value) {
            result = Optional.of(value);
            return this;
        }

        FilterBuilder purpose(AuditPurpose value) {
            purpose = Optional.of(value);
            return this;
        }

        FilterBuilder disclosures() {
            disclosures = true;
            return this;
        }

        AuditFilter build() {
            return new AuditFilter(from, to, actor, action, objectType, objectId, result, purpose, disclosures);
        }
    }
}
