package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.sleutelnet.application.port.in.intervention.AddParticipantUseCase;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityCommand;
import nl.sleutelnet.application.port.in.intervention.AssessCapacityUseCase;
import nl.sleutelnet.application.port.in.intervention.InterventionQuery;
import nl.sleutelnet.application.port.in.intervention.ParticipantCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionCommand;
import nl.sleutelnet.application.port.in.intervention.PlanInterventionUseCase;
import nl.sleutelnet.application.port.in.intervention.SearchInterventionsUseCase;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollCommand;
import nl.sleutelnet.application.port.in.poll.AnswerPollUseCase;
import nl.sleutelnet.application.port.in.poll.ListPollRoundsUseCase;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundUseCase;
import nl.sleutelnet.application.port.in.poll.PollRoundQuery;
import nl.sleutelnet.application.port.in.poll.ShowPollRoundUseCase;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonCommand;
import nl.sleutelnet.application.port.in.privacy.EraseKeyPersonUseCase;
import nl.sleutelnet.application.port.in.privacy.ErasureReport;
import nl.sleutelnet.application.port.in.privacy.ShowRetentionUseCase;
import nl.sleutelnet.application.port.in.signal.AddSightingUseCase;
import nl.sleutelnet.application.port.in.signal.ReportSignalCommand;
import nl.sleutelnet.application.port.in.signal.ReportSignalUseCase;
import nl.sleutelnet.application.port.in.signal.SearchSignalsUseCase;
import nl.sleutelnet.application.port.in.signal.SightingCommand;
import nl.sleutelnet.application.port.in.signal.SignalQuery;
import nl.sleutelnet.application.port.in.temperature.ShowTemperatureMapUseCase;
import nl.sleutelnet.application.port.in.temperature.TemperatureMapQuery;
import nl.sleutelnet.application.port.out.Notifier;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import nl.sleutelnet.domain.privacy.Erased;
import nl.sleutelnet.domain.privacy.ErasureReason;
import nl.sleutelnet.domain.privacy.Removal;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.signal.Signal;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure (GDPR article 17) leaves no trace of the person while the report totals stay what they were: a key person
 * with ties, a nomination, signals (reported and confirmed), a poll answer and a part in an intervention is erased;
 * every repository is searched for them, and on a database every text column of every table for their name, e-mail
 * and phone; the temperature map, the coverage, the poll response rates, the signal and intervention counts are
 * equal before and after. Runs on memory; the subclasses run it on H2 and PostgreSQL.
 */
class ErasureUseCasesTest {

    static final String MALBERG = "BU09350207";
    static final String WIJ_ZIJ = "wij-zij";
    static final String NAME = "Zoë Zeldenrust";
    static final String EMAIL = "zoe.zeldenrust@example.org";
    static final String PHONE = "06-98765432";
    static final List<String> ALL = List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS");
    private static final Pattern LINK = Pattern.compile("/peiling/([A-Za-z0-9_-]{43})");

    final DataSource database = database();
    final CoreFixture fixture = database == null ? new CoreFixture()
            : new CoreFixture(new nl.sleutelnet.adapters.persistence.jdbc.JdbcPersistence(database));
    final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");

    /** The database the subclass runs on; null: the memory adapter. */
    DataSource database() {
        return null;
    }

    /** The key person to erase, with everything around them, departed by now. */
    KeyPerson zoe;
    KeyPerson anna;
    KeyPerson nominee;
    Signal reported;
    Signal confirmed;
    Intervention intervention;
    PollRound round;

    void scenario() {
        zoe = active(NAME, EMAIL, PHONE, "Bereikt de ouders rond het Zeldenrust-speelveld",
                "Notitie: Zoë belt liever 's avonds");
        anna = active("Anna", "anna@example.org", null, "Bereikt de sportclub", "");
        fixture.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, "KEY_PERSON",
                zoe.id().value(), "KEY_PERSON", anna.id().value(), "KNOWS", 4, LocalDate.of(2026, 1, 20), null, 0));
        nominee = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand("Bas", null, null, List.of(MALBERG), null, List.of(WIJ_ZIJ), null, null,
                        null, null, "KEY_PERSON", zoe.id().value(), "Zoë kent Bas van de ouderavonden"));
        reported = fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(
                "KEY_PERSON", zoe.id().value(), null, "CONVERSATION", List.of(MALBERG), List.of(WIJ_ZIJ), 4,
                "Zeldenrust hoorde op het schoolplein wij-zij-taal tussen twee groepen ouders", null, null));
        Signal other = fixture.useCase(ReportSignalUseCase.class).reportSignal(coordinator, new ReportSignalCommand(
                "KEY_PERSON", anna.id().value(), null, "OWN_OBSERVATION", List.of(MALBERG), List.of(WIJ_ZIJ), 3,
                "Spandoeken met wij-zij-leuzen bij het winkelcentrum", null, null));
        confirmed = fixture.useCase(AddSightingUseCase.class).addSighting(coordinator, new SightingCommand(
                other.id().value(), "KEY_PERSON", zoe.id().value(), null, "CONVERSATION", null,
                "Zoë Zeldenrust zag het ook"));
        round = fixture.useCase(OpenPollRoundUseCase.class).openPollRound(coordinator,
                new OpenPollRoundCommand(List.of(MALBERG), List.of(WIJ_ZIJ), null, null, "NONE", ""));
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(link(EMAIL),
                Map.of(WIJ_ZIJ, 3), "Zeldenrust: het schuurt bij de school"));
        fixture.useCase(AnswerPollUseCase.class).answerPoll(new AnswerPollCommand(link("anna@example.org"),
                Map.of(WIJ_ZIJ, 7), ""));
        Intervention planned = fixture.useCase(PlanInterventionUseCase.class).planIntervention(coordinator,
                new PlanInterventionCommand("Gesprekken bij de school", "Ouders praten weer met elkaar.", "DIALOGUE",
                        List.of(MALBERG), List.of(WIJ_ZIJ), List.of(), null, null));
        Intervention joined = fixture.useCase(AddParticipantUseCase.class).addParticipant(coordinator,
                new ParticipantCommand(planned.id().value(), "KEY_PERSON", zoe.id().value(),
                        "Zoë Zeldenrust leidt de gesprekken met ouders", planned.version()));
        intervention = fixture.useCase(AssessCapacityUseCase.class).assessCapacity(coordinator,
                new AssessCapacityCommand(joined.id().value(), List.of("Ouderavond"), "MEDIUM",
                        "Met steun draagt de buurt het.", joined.version()));
        assertThat(round).isNotNull();
        KeyPerson current = fixture.persistence.keyPersons().findById(zoe.id()).orElseThrow();
        zoe = fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(zoe.id().value(), "DEPARTED", "Verhuisd naar Heerlen", current.version()));
    }

    record Totals(Object temperature, Object coverage, List<Object> pollRates, long signals, long interventions) {
    }

    Totals totals() {
        return new Totals(
                fixture.useCase(ShowTemperatureMapUseCase.class).showTemperatureMap(coordinator,
                        new TemperatureMapQuery(null)).figures(),
                fixture.useCase(ShowCoverageUseCase.class).showCoverage(coordinator).coverage(),
                new ArrayList<>(fixture.useCase(ListPollRoundsUseCase.class).listPollRounds(coordinator,
                        new PollRoundQuery(null, 0, 50)).items().stream().map(s -> (Object) s.response()).toList()),
                fixture.useCase(SearchSignalsUseCase.class).searchSignals(coordinator,
                        new SignalQuery(null, false, null, null, null, 0, 50)).total(),
                fixture.useCase(SearchInterventionsUseCase.class).searchInterventions(coordinator,
                        new InterventionQuery(null, null, null, null, null, 0, 50)).total());
    }

    @Test
    void erasureLeavesNoTraceOfThePersonWhileTheTotalsStay() {
        scenario();
        Totals before = totals();
        var pollResultsBefore = fixture.useCase(ShowPollRoundUseCase.class).showPollRound(coordinator,
                round.id().value()).results();

        ErasureReport report = fixture.useCase(EraseKeyPersonUseCase.class).eraseKeyPerson(coordinator,
                new EraseKeyPersonCommand(zoe.id().value(), "DATA_SUBJECT_REQUEST", zoe.version()));

        assertThat(report.record().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Removal.KEY_PERSONS_ERASED, 1, Removal.TIES_REMOVED, 1, Removal.NOMINATIONS_REMOVED, 1,
                Removal.SIGNALS_UNLINKED, 2, Removal.POLL_INVITATIONS_UNLINKED, 1,
                Removal.INTERVENTIONS_UNLINKED, 1));
        assertThat(report.record().reason()).isEqualTo(ErasureReason.DATA_SUBJECT_REQUEST);
        assertThat(report.record().actor()).isEqualTo("regisseur");
        assertThat(totals()).as("the figures of reports").isEqualTo(before);
        assertThat(fixture.useCase(ShowPollRoundUseCase.class).showPollRound(coordinator, round.id().value())
                .results().withoutRemarks()).as("response rate and ratings per buurt and theme")
                .isEqualTo(pollResultsBefore.withoutRemarks());

        // the record that stays names nobody
        KeyPerson left = fixture.persistence.keyPersons().findById(zoe.id()).orElseThrow();
        assertThat(left.isErased()).isTrue();
        assertThat(left.displayName()).isEqualTo(KeyPerson.ERASED_NAME);
        assertThat(left.profile().contact().email()).isNull();
        assertThat(left.profile().contact().phone()).isNull();
        assertThat(left.profile().reach()).isEmpty();
        assertThat(left.profile().notes()).isEmpty();
        assertThat(left.legalBasis()).isEmpty();
        assertThat(left.nomination()).isEmpty();
        assertThat(left.status()).isEqualTo(KeyPersonStatus.DEPARTED);
        assertThat(left.history()).extracting(h -> h.reason()).containsOnly(KeyPerson.ERASED_REASON);
        assertThat(left.history()).extracting(h -> h.to()).containsExactly(KeyPersonStatus.CANDIDATE,
                KeyPersonStatus.ACTIVE, KeyPersonStatus.DEPARTED);

        // every repository, searched for them
        MemberRef member = zoe.asMember();
        UUID id = zoe.id().value();
        assertThat(fixture.persistence.ties().findByMember(member)).isEmpty();
        assertThat(fixture.persistence.keyPersons().findAll()).noneMatch(k -> k.nomination()
                .filter(n -> n.nominatedBy().equals(member)).isPresent());
        assertThat(fixture.persistence.keyPersons().findAll()).noneMatch(k -> k.displayName().contains("Zeldenrust"));
        assertThat(fixture.persistence.signals().findByReporter(id)).isEmpty();
        assertThat(fixture.persistence.polls().findInvitationsOf(zoe.id())).isEmpty();
        assertThat(fixture.persistence.polls().findRoundsNotInviting(zoe.id())).isEmpty();
        assertThat(fixture.persistence.interventions().findInvolving(member)).isEmpty();
        Signal reportedNow = fixture.persistence.signals().findById(reported.id()).orElseThrow();
        assertThat(reportedNow.content().description()).isEqualTo(Erased.TEXT);
        assertThat(reportedNow.content().reporter().isForgotten()).isTrue();
        assertThat(reportedNow.content().reporter().kind().name()).isEqualTo("KEY_PERSON");
        assertThat(reportedNow.content().intensity()).isEqualTo(reported.content().intensity());
        Signal confirmedNow = fixture.persistence.signals().findById(confirmed.id()).orElseThrow();
        assertThat(confirmedNow.independentSources()).isEqualTo(confirmed.independentSources()).isEqualTo(2);
        assertThat(confirmedNow.sightings().get(0).note()).isEqualTo(Erased.TEXT);
        assertThat(confirmedNow.content().description()).as("another reporter's text stays")
                .isEqualTo(confirmed.content().description());
        Intervention interventionNow = fixture.persistence.interventions().findById(intervention.id()).orElseThrow();
        assertThat(interventionNow.participants()).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo(Erased.KEY_PERSON);
            assertThat(Erased.isPlaceholder(p.member().id())).isTrue();
        });
        assertThat(interventionNow.timeline()).extracting(e -> e.note()).noneMatch(n -> n.contains("Zeldenrust"));
        KeyPerson nomineeNow = fixture.persistence.keyPersons().findById(nominee.id()).orElseThrow();
        assertThat(nomineeNow.nomination()).isEmpty();
        assertThat(nomineeNow.displayName()).isEqualTo("Bas");
        assertThat(fixture.persistence.polls().findInvitations(round.id())).allSatisfy(i -> assertThat(i.answer().orElseThrow().remark())
                        .doesNotContain("Zeldenrust"));

        // the deletion register and the audit log
        List<DeletionRecord> register = fixture.useCase(ShowRetentionUseCase.class)
                .showRetention(fixture.actor("beheer", "ADMIN"), 10).latest();
        assertThat(register).singleElement().isEqualTo(report.record());
        assertThat(register.get(0).toString()).doesNotContain(id.toString()).doesNotContain("Zeldenrust");
        List<AuditEntry> erasure = fixture.persistence.auditLog().export(AuditFilter.everything(), 1000).stream()
                .filter(e -> e.action().startsWith("EraseKeyPersonUseCase")).toList();
        assertThat(erasure).singleElement().satisfies(e -> {
            assertThat(e.objectId()).contains(id.toString());
            assertThat(e.dataSubjects()).containsExactly(id.toString());
        });

        if (database != null) {
            assertNoTextColumnHolds(NAME, "Zeldenrust", EMAIL, PHONE, "98765432");
            assertIdOnlyInTheRecordItLeftAndTheAuditLog(id);
        }
    }

    @Test
    void anErasedKeyPersonCannotBeErasedAgainAndStaleVersionsAreRefused() {
        scenario();
        EraseKeyPersonUseCase erase = fixture.useCase(EraseKeyPersonUseCase.class);
        assertThatThrownBy(() -> erase.eraseKeyPerson(coordinator,
                new EraseKeyPersonCommand(zoe.id().value(), "OTHER", zoe.version() + 1)))
                .isInstanceOf(nl.sleutelnet.domain.shared.StaleVersionException.class);
        erase.eraseKeyPerson(coordinator, new EraseKeyPersonCommand(zoe.id().value(), "OTHER", null));
        assertThatThrownBy(() -> erase.eraseKeyPerson(coordinator,
                new EraseKeyPersonCommand(zoe.id().value(), "OTHER", null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("erasure.already-erased"));
    }

    @Test
    void onlyTheCoordinatorErasesAndAKeyPersonOnlyThemselves() {
        scenario();
        EraseKeyPersonCommand command = EraseKeyPersonCommand.ownRequest(anna.id().value());
        for (String role : List.of("PROFESSIONAL", "ANALYST", "ADMIN", "KEY_PERSON")) {
            Actor actor = fixture.actor(role.toLowerCase(java.util.Locale.ROOT), role, MALBERG);
            assertThatThrownBy(() -> fixture.useCase(EraseKeyPersonUseCase.class).eraseKeyPerson(actor, command))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> new EraseKeyPersonCommand(anna.id().value(), "BECAUSE", null))
                .hasMessageContaining("DATA_SUBJECT_REQUEST");
        assertThat(fixture.persistence.keyPersons().findById(anna.id()).orElseThrow().isErased()).isFalse();
    }

    // ---- helpers

    private KeyPerson active(String name, String email, String phone, String reach, String notes) {
        KeyPerson candidate = fixture.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, email, phone, List.of(MALBERG), List.of(reach), List.of(WIJ_ZIJ),
                        null, null, notes, new LegalBasisInput("CONSENT", LocalDate.of(2026, 1, 15), ALL,
                                "getekend formulier", null), null, null, null));
        return fixture.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                new ChangeStatusCommand(candidate.id().value(), "ACTIVE", "Kennismaking met " + name,
                        candidate.version()));
    }

    private String link(String address) {
        Notifier.Message message = fixture.notifier.sent.stream().filter(m -> m.to().equals(address))
                .reduce((a, b) -> b).orElseThrow();
        Matcher m = LINK.matcher(message.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Every character column of every table, searched for each text, ignoring case. */
    private void assertNoTextColumnHolds(String... texts) {
        JdbcClient jdbc = JdbcClient.create(database);
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where lower(table_schema) = 'public' and (lower(data_type) like '%char%'
                    or lower(data_type) like '%text%' or lower(data_type) like '%large object%')""")
                .query().listOfRows();
        assertThat(columns).as("text columns found").hasSizeGreaterThan(50);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = column.values().toArray()[0].toString();
            String name = column.values().toArray()[1].toString();
            for (String text : texts) {
                long hits = jdbc.sql("select count(*) from \"" + table + "\" where lower(cast(\"" + name
                        + "\" as varchar)) like ?").param("%" + text.toLowerCase(java.util.Locale.ROOT) + "%")
                        .query(Long.class).single();
                if (hits > 0) {
                    found.add(table + "." + name + " holds '" + text + "'");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The id stays only on the record that names nobody (and its child rows) and in the audit log. */
    private void assertIdOnlyInTheRecordItLeftAndTheAuditLog(UUID id) {
        JdbcClient jdbc = JdbcClient.create(database);
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where lower(table_schema) = 'public' and lower(data_type) like '%uuid%'""").query().listOfRows();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = column.values().toArray()[0].toString();
            String name = column.values().toArray()[1].toString();
            if (table.equalsIgnoreCase("audit_entry") || table.toLowerCase(java.util.Locale.ROOT).startsWith("key_person")) {
                continue;
            }
            long hits = jdbc.sql("select count(*) from \"" + table + "\" where \"" + name + "\" = ?").param(id)
                    .query(Long.class).single();
            if (hits > 0) {
                found.add(table + "." + name);
            }
        }
        assertThat(found).isEmpty();
    }
}
