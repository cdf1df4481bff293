package nl.sleutelnet.bootstrap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ConnectMembersUseCase;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.PartnerCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.in.network.RegisterPartnerUseCase;
import nl.sleutelnet.application.port.in.network.TieCommand;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.network.KeyPerson;

/**
 * A small synthetic network for the demo: invented names, key persons in Noordwest and Centrum with consent, three
 * partners, and ties in a tree, so that several members are single points of failure and every network figure has
 * something to show. Made through the same use cases as real data; the ties' last contact is the day of loading, so
 * they count for as long as a real tie with that contact would.
 */
final class DemoNetwork {

    private static final LocalDate GIVEN = LocalDate.of(2025, 9, 1);
    private static final List<String> ALL_PURPOSES = List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS");

    private final UseCases core;
    private final Actor coordinator;
    private final Map<String, String> members = new LinkedHashMap<>();
    private final LocalDate today;

    /** Where the use cases come from: the Spring beans (each in its transaction), or a {@link Core} directly. */
    interface UseCases {
        <T> T useCase(Class<T> type);
    }

    DemoNetwork(UseCases core, Actor coordinator, LocalDate today) {
        this.core = core;
        this.coordinator = coordinator;
        this.today = today;
    }

    void load() {
        keyPerson("Anouk Vermeulen", List.of("BU09350302"), List.of("wij-zij", "discriminatie"), true);
        keyPerson("Youssef Amrani", List.of("BU09350302", "BU09350300"), List.of("wij-zij", "religie"), true);
        keyPerson("Marleen Hoeberechts", List.of("BU09350300"), List.of("overheidsmaatregelen", "complotdenken"),
                true);
        keyPerson("Jos Lemmens", List.of("BU09350000", "BU09350006"), List.of("overheidsmaatregelen"), true);
        keyPerson("Sanne Brouwers", List.of("BU09350006"), List.of("milieu-klimaat", "wij-zij"), true);
        keyPerson("Daan Hermans", List.of("BU09350001"), List.of("rechtsextremisme"), true);
        keyPerson("Ilse Janssen", List.of("BU09350301"), List.of("discriminatie"), false);
        partner("Wijkagent Noordwest", "COMMUNITY_POLICE_OFFICER", List.of("BU09350300", "BU09350302", "BU09350301"));
        partner("Trajekt welzijn Noordwest", "WELFARE", List.of("BU09350302", "BU09350300"));
        partner("Buurtnetwerk Binnenstad", "OTHER", List.of("BU09350000", "BU09350001", "BU09350006"));
        tie("Anouk Vermeulen", "Youssef Amrani", "KNOWS", 4);
        tie("Youssef Amrani", "Marleen Hoeberechts", "WORKS_WITH", 3);
        tie("Anouk Vermeulen", "Wijkagent Noordwest", "WORKS_WITH", 4);
        tie("Youssef Amrani", "Trajekt welzijn Noordwest", "WORKS_WITH", 5);
        tie("Trajekt welzijn Noordwest", "Jos Lemmens", "REFERRED", 2);
        tie("Jos Lemmens", "Sanne Brouwers", "KNOWS", 4);
        tie("Jos Lemmens", "Buurtnetwerk Binnenstad", "WORKS_WITH", 4);
        tie("Buurtnetwerk Binnenstad", "Daan Hermans", "KNOWS", 2);
    }

    /** The members made, by name, as {@code KIND:id}. */
    Map<String, String> members() {
        return members;
    }

    private void keyPerson(String name, List<String> buurten, List<String> themes, boolean activate) {
        KeyPerson person = core.useCase(RegisterKeyPersonUseCase.class).registerKeyPerson(coordinator,
                new RegisterKeyPersonCommand(name, null, null, buurten, List.of("buren in de eigen straat"), themes,
                        List.of("nl"), coordinator.accountId().value(), null,
                        new LegalBasisInput("CONSENT", GIVEN, ALL_PURPOSES, "getekend toestemmingsformulier (demo)",
                                null), null, null, null));
        if (activate) {
            person = core.useCase(ChangeKeyPersonStatusUseCase.class).changeStatus(coordinator,
                    new ChangeStatusCommand(person.id().value(), "ACTIVE", "Kennismakingsgesprek", person.version()));
        }
        members.put(name, "KEY_PERSON:" + person.id().value());
    }

    private void partner(String name, String kind, List<String> buurten) {
        UUID id = core.useCase(RegisterPartnerUseCase.class).registerPartner(coordinator,
                new PartnerCommand(null, name, kind, buurten, null, null, null, true, 0)).id().value();
        members.put(name, "PARTNER:" + id);
    }

    private void tie(String a, String b, String kind, int strength) {
        String[] one = members.get(a).split(":");
        String[] other = members.get(b).split(":");
        core.useCase(ConnectMembersUseCase.class).connect(coordinator, new TieCommand(null, one[0],
                UUID.fromString(one[1]), other[0], UUID.fromString(other[1]), kind, strength, GIVEN,
                today.isBefore(GIVEN) ? GIVEN : today, 0));
    }
}
