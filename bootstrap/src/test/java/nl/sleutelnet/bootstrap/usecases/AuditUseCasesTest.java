package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.in.account.SignInCommand;
import nl.sleutelnet.application.port.in.account.SignInUseCase;
import nl.sleutelnet.application.port.in.audit.AuditQuery;
import nl.sleutelnet.application.port.in.audit.CallContext;
import nl.sleutelnet.application.port.in.audit.ExportAuditLogUseCase;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureCommand;
import nl.sleutelnet.application.port.in.audit.RecordDisclosureUseCase;
import nl.sleutelnet.application.port.in.audit.SearchAuditLogUseCase;
import nl.sleutelnet.application.port.in.network.KeyPersonQuery;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.SearchKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ShowKeyPersonUseCase;
import nl.sleutelnet.application.port.in.signal.TrackSignalUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.bootstrap.Core;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditActor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditOrigin;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.audit.Disclosure;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** What an auditor would check in the audit log, through the real core on the memory adapter. */
class AuditUseCasesTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final AuditOrigin BROWSER = new AuditOrigin(AuditOrigin.Channel.UI, Optional.empty(),
            Optional.of("192.0.2.7"));

    private final CoreFixture fixture = new CoreFixture();
    private final Actor coordinator = fixture.actor("regisseur", "COORDINATOR");

    @Test
    void viewingAKeyPersonIsRecordedWithWhoPurposeOriginAndTheKeyPerson() {
        KeyPerson anna = register(fixture, coordinator, "Anna", "BU09350207");
        try (CallContext.Scope request = CallContext.open(BROWSER, TRACE)) {
            fixture.useCase(ShowKeyPersonUseCase.class).showKeyPerson(coordinator, anna.id().value());
        }

        AuditEntry shown = only("ShowKeyPersonUseCase.showKeyPerson");
        assertThat(shown.actor()).isEqualTo(AuditActor.of(coordinator));
        assertThat(shown.actor().name()).isEqualTo("regisseur");
        assertThat(shown.purpose()).isEqualTo(AuditPurpose.NETWORK_CONTACT);
        assertThat(shown.objectType()).contains("KeyPerson");
        assertThat(shown.objectId()).contains(anna.id().value().toString());
        assertThat(shown.dataSubjects()).containsExactly(anna.id().value().toString());
        assertThat(shown.result()).isEqualTo(AuditResult.SUCCESS);
        assertThat(shown.origin()).isEqualTo(BROWSER);
        assertThat(shown.traceId()).isEqualTo(TRACE);
        assertThat(shown.at()).isEqualTo(CoreFixture.NOW);

        AuditEntry registered = only("RegisterKeyPersonUseCase.registerKeyPerson");
        assertThat(registered.objectId()).as("a change names the object it made")
                .contains(anna.id().value().toString());
        assertThat(registered.origin().channel()).as("called in-process, outside any request")
                .isEqualTo(AuditOrigin.Channel.EMBEDDED);
    }

    @Test
    void aSearchNamesEveryKeyPersonItShowed() {
        KeyPerson anna = register(fixture, coordinator, "Anna", "BU09350207");
        KeyPerson bram = register(fixture, coordinator, "Bram", "BU09350000");
        fixture.useCase(SearchKeyPersonsUseCase.class).searchKeyPersons(coordinator, KeyPersonQuery.all(0, 25));

        assertThat(only("SearchKeyPersonsUseCase.searchKeyPersons").dataSubjects())
                .containsExactlyInAnyOrder(anna.id().value().toString(), bram.id().value().toString());
        assertThat(entries(new AuditQuery(null, null, null, null, null, bram.id().value().toString(), null, null,
                false, 0, 50))).as("everything that touched Bram").extracting(AuditEntry::action)
                .containsExactly("SearchKeyPersonsUseCase.searchKeyPersons", "RegisterKeyPersonUseCase.registerKeyPerson");
    }

    @Test
    void aRefusedLookIsRecordedAsRefusedWithTheCodeAndTheKeyPersonTried() {
        KeyPerson anna = register(fixture, coordinator, "Anna", "BU09350207");
        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> fixture.useCase(ShowKeyPersonUseCase.class).showKeyPerson(analyst,
                anna.id().value())).isInstanceOf(AccessDeniedException.class);

        AuditEntry refused = only("ShowKeyPersonUseCase.showKeyPerson");
        assertThat(refused.result()).isEqualTo(AuditResult.REFUSED);
        assertThat(refused.errorCode()).contains("access.denied");
        assertThat(refused.actor().name()).isEqualTo("analist");
        assertThat(refused.objectId()).contains(anna.id().value().toString());
        assertThat(refused.dataSubjects()).as("nothing was shown").isEmpty();
    }

    @Test
    void readsWithoutPersonalDataAreNotRecordedTheirRefusalsAre() {
        long before = all().size();
        fixture.useCase(ListThemesUseCase.class).listThemes(coordinator, true);
        assertThat(all()).hasSize((int) before);

        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> fixture.useCase(SearchKeyPersonsUseCase.class).searchKeyPersons(analyst,
                KeyPersonQuery.all(0, 25))).isInstanceOf(AccessDeniedException.class);
        assertThat(only("SearchKeyPersonsUseCase.searchKeyPersons").result()).isEqualTo(AuditResult.REFUSED);
    }

    @Test
    void aFailedSaveLeavesNoSuccessEntryButAFailure() {
        CoreFixture broken = new CoreFixture(real -> Interposed.persistence(real, "keyPersons", "save",
                (repository, args) -> {
                    throw new IllegalStateException("disk full");
                }));
        Actor regisseur = broken.actor("regisseur", "COORDINATOR");
        assertThatThrownBy(() -> register(broken, regisseur, "Anna", "BU09350207"))
                .isInstanceOf(IllegalStateException.class);

        List<AuditEntry> entries = broken.persistence.auditLog()
                .search(filter("RegisterKeyPersonUseCase"), PageRequest.first()).items();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(AuditResult.FAILED);
            assertThat(e.errorCode()).as("the kind of error, not its message").contains("IllegalStateException");
        });
    }

    @Test
    void aPersonalLinkIsRecordedAsSuchAndItsCodeIsNotWrittenDown() {
        try (CallContext.Scope link = CallContext.open(new AuditOrigin(AuditOrigin.Channel.PERSONAL_LINK,
                Optional.empty(), Optional.of("198.51.100.4")), TRACE)) {
            assertThat(fixture.useCase(TrackSignalUseCase.class).trackSignal("ABCD-EFGH-JK")).isEmpty();
        }
        AuditEntry tracked = only("TrackSignalUseCase.trackSignal");
        assertThat(tracked.actor()).isEqualTo(AuditActor.personalLink());
        assertThat(tracked.purpose()).isEqualTo(AuditPurpose.SIGNALS);
        assertThat(tracked.toString()).doesNotContain("ABCD-EFGH-JK");
    }

    @Test
    void signingInIsRecordedWithTheAccountAndAFailedAttemptWithoutAName() {
        fixture.useCase(SignInUseCase.class).signIn(new SignInCommand("regisseur", "een test wachtwoord"));
        assertThatThrownBy(() -> fixture.useCase(SignInUseCase.class)
                .signIn(new SignInCommand("regisseur", "verkeerd wachtwoord"))).isInstanceOf(DomainException.class);

        List<AuditEntry> signIns = entries(new AuditQuery(null, null, null, "SignInUseCase", null, null, null, null,
                false, 0, 10));
        assertThat(signIns).extracting(AuditEntry::result).containsExactly(AuditResult.REFUSED, AuditResult.SUCCESS);
        assertThat(signIns.get(1).actor()).isEqualTo(AuditActor.of(coordinator));
        assertThat(signIns.get(0).actor()).isEqualTo(AuditActor.anonymous());
        assertThat(signIns.get(0).toString()).doesNotContain("verkeerd");
    }

    @Test
    void aDisclosureIsRecordedOnceWithRecipientAndLegalBasis() {
        KeyPerson anna = register(fixture, coordinator, "Anna", "BU09350207");
        RecordDisclosureCommand toPolice = new RecordDisclosureCommand("Politie Limburg, basisteam Maastricht",
                "art. 6 lid 1 sub e AVG; convenant Veiligheidshuis", "SIGNALS", "SignalExport", "2026-03",
                List.of(anna.id().value()));
        fixture.useCase(RecordDisclosureUseCase.class).recordDisclosure(coordinator, toPolice);

        AuditEntry disclosed = only("RecordDisclosureUseCase.recordDisclosure");
        assertThat(disclosed.disclosure()).contains(new Disclosure("Politie Limburg, basisteam Maastricht",
                "art. 6 lid 1 sub e AVG; convenant Veiligheidshuis"));
        assertThat(disclosed.purpose()).isEqualTo(AuditPurpose.SIGNALS);
        assertThat(disclosed.dataSubjects()).containsExactly(anna.id().value().toString());
        assertThat(entries(new AuditQuery(null, null, null, null, null, null, null, null, true, 0, 10)))
                .containsExactly(disclosed);

        Actor analyst = fixture.actor("analist", "ANALYST");
        assertThatThrownBy(() -> fixture.useCase(RecordDisclosureUseCase.class).recordDisclosure(analyst, toPolice))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entries(new AuditQuery(null, null, "analist", "Disclosure", null, null, "REFUSED", null, false, 0,
                10))).hasSize(1);
    }

    @Test
    void onlyTheAdministratorReadsTheLogAndReadingItIsRecordedToo() {
        assertThatThrownBy(() -> fixture.useCase(SearchAuditLogUseCase.class).searchAuditLog(coordinator,
                AuditQuery.everything(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.useCase(ExportAuditLogUseCase.class).exportAuditLog(coordinator,
                AuditQuery.everything(0, 10))).isInstanceOf(AccessDeniedException.class);

        Actor admin = fixture.actor("beheerder", "ADMIN");
        fixture.useCase(SearchAuditLogUseCase.class).searchAuditLog(admin, AuditQuery.everything(0, 10));
        assertThat(all()).filteredOn(e -> e.action().equals("SearchAuditLogUseCase.searchAuditLog"))
                .extracting(e -> e.actor().name() + " " + e.result())
                .containsExactly("beheerder SUCCESS", "regisseur REFUSED");
    }

    @Test
    void theLogCannotBeChangedThroughTheApplication() {
        assertThat(Arrays.stream(AuditLog.class.getMethods()).map(m -> m.getName()).distinct())
                .as("the port can only add and read").containsExactlyInAnyOrder("append", "search", "export");
        assertThat(Core.useCaseInterfaces()).filteredOn(type -> type.getPackageName().endsWith(".audit"))
                .flatExtracting(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> !m.isSynthetic()).map(m -> m.getName()).toList())
                .as("no use case changes or removes an entry")
                .containsExactlyInAnyOrder("searchAuditLog", "exportAuditLog", "recordDisclosure");
    }

    static KeyPerson register(CoreFixture core, Actor actor, String name, String... buurten) {
        return core.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(actor,
                new RegisterKeyPersonCommand(name, null, null, List.of(buurten), List.of("ouders van de school"),
                        List.of("wij-zij"), List.of("nl"), null, null, null, null, null, null));
    }

    private AuditEntry only(String action) {
        return assertThat(all()).filteredOn(e -> e.action().equals(action)).singleElement().actual();
    }

    private List<AuditEntry> all() {
        return fixture.persistence.auditLog().search(AuditFilter.everything(), new PageRequest(0, 200)).items();
    }

    private List<AuditEntry> entries(AuditQuery query) {
        return fixture.persistence.auditLog().search(query.filter(java.time.ZoneId.of("Europe/Amsterdam")),
                query.pageRequest()).items();
    }

    private static AuditFilter filter(String action) {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(action),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
