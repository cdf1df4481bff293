package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.AnalyseNetworkUseCase;
import nl.sleutelnet.application.port.in.network.CoverageReport;
import nl.sleutelnet.application.port.in.network.NetworkReport;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.network.WhatIfCommand;
import nl.sleutelnet.application.port.in.network.WhatIfReport;
import nl.sleutelnet.application.port.in.network.WhatIfUseCase;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.analysis.AnalysisSettings;
import nl.sleutelnet.domain.network.analysis.Coverage;
import nl.sleutelnet.domain.network.analysis.NetworkAnalysis;
import nl.sleutelnet.domain.network.analysis.NetworkMember;
import nl.sleutelnet.domain.network.analysis.NetworkSnapshot;
import nl.sleutelnet.domain.network.analysis.NetworkTie;
import nl.sleutelnet.domain.network.analysis.Turnover;
import nl.sleutelnet.domain.network.analysis.WhatIfComparison;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The coordinator's questions about the network, answered by the domain's analysis on a snapshot of the stored
 * key persons, partners and ties: coverage and white spots, brokers and single points of failure, staleness,
 * growth and turnover, and what-if comparisons that change nothing.
 */
public final class NetworkAnalysisService implements ShowCoverageUseCase, AnalyseNetworkUseCase, WhatIfUseCase {

    private final KeyPersonRepository keyPersons;
    private final PartnerRepository partners;
    private final TieRepository ties;
    private final NeighbourhoodRegister register;
    private final ThemeRepository themes;
    private final NetworkSettings settings;
    private final Clock clock;

    public NetworkAnalysisService(KeyPersonRepository keyPersons, PartnerRepository partners, TieRepository ties,
            NeighbourhoodRegister register, ThemeRepository themes, NetworkSettings settings, Clock clock) {
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.partners = checkNotNull(partners, "partners");
        this.ties = checkNotNull(ties, "ties");
        this.register = checkNotNull(register, "register");
        this.themes = checkNotNull(themes, "themes");
        this.settings = checkNotNull(settings, "settings");
        this.clock = checkNotNull(clock, "clock");
    }

    @Override
    public CoverageReport showCoverage(Actor actor) {
        actor.require(Permission.VIEW_NETWORK_FIGURES);
        Network network = network();
        List<Neighbourhood> buurten = register.neighbourhoods();
        List<Theme> activeThemes = themes.findAll().stream().filter(Theme::active).toList();
        Coverage coverage = network.analysis().coverage(codes(buurten), themeCodes(activeThemes));
        boolean byName = actor.may(Permission.ANALYSE_NETWORK);
        return new CoverageReport(network.snapshot().asOf(), buurten, activeThemes,
                byName ? coverage : anonymous(coverage), byName ? network.names() : Map.of());
    }

    @Override
    public NetworkReport analyseNetwork(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Permission.ANALYSE_NETWORK);
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidCommandException(List.of(new FieldViolation("to", "period.reversed",
                    "The period ends (" + to + ") before it starts (" + from + ").")));
        }
        Network network = network();
        NetworkAnalysis analysis = network.analysis();
        LocalDate today = network.snapshot().asOf();
        LocalDate staleBefore = today.minusDays(settings.staleAfterDays());
        List<KeyPerson> stale = network.keyPersons().stream()
                .filter(k -> k.status() == KeyPersonStatus.ACTIVE)
                .filter(k -> k.lastContact().map(d -> d.isBefore(staleBefore)).orElse(true))
                .toList();
        List<NetworkTie> counting = network.snapshot().ties().stream()
                .filter(t -> analysis.tie(t.a(), t.b()).filter(t::equals).isPresent())
                .toList();
        Turnover turnover = Turnover.of(network.keyPersons().stream().map(KeyPerson::history).toList(),
                from.atStartOfDay(settings.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        return new NetworkReport(today, network.snapshot().members(), counting, analysis.betweenness(),
                analysis.betweennessIsApproximate(), analysis.cutVertices(), analysis.bridges(), analysis.clusters(),
                analysis.fadedTies(), stale, settings.staleAfterDays(), turnover, network.names());
    }

    @Override
    public WhatIfReport whatIf(Actor actor, WhatIfCommand command) {
        actor.require(Permission.ANALYSE_NETWORK);
        Network network = network();
        Map<MemberRef, String> names = new LinkedHashMap<>(network.names());
        List<FieldViolation> unknown = new ArrayList<>();
        command.removedMembers().stream().filter(m -> !names.containsKey(m)).forEach(m -> unknown.add(
                new FieldViolation("remove", "member.not-found", "Member " + m + " is not in the network.")));
        for (int i = 0; i < command.add().size(); i++) {
            for (MemberRef target : command.add().get(i).tieRefs()) {
                if (!names.containsKey(target) || command.removedMembers().contains(target)) {
                    unknown.add(new FieldViolation("add[" + i + "].tiesTo", "member.not-found",
                            "Member " + target + " is not in the network (or leaves in this what-if)."));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidCommandException(unknown);
        }
        NetworkSnapshot after = network.snapshot().withoutMembers(command.removedMembers());
        int index = 0;
        for (WhatIfCommand.Newcomer newcomer : command.add()) {
            MemberRef ref = MemberRef.keyPerson(new java.util.UUID(0, ++index));
            names.put(ref, newcomer.name());
            after = after.withMember(new NetworkMember(ref, newcomer.name(), true, newcomer.neighbourhoodCodes(),
                    newcomer.themeCodes()), newcomer.tieRefs().stream()
                    .map(target -> new NetworkTie(ref, target, 3, network.snapshot().asOf())).toList());
        }
        List<Neighbourhood> buurten = register.neighbourhoods();
        List<Theme> activeThemes = themes.findAll().stream().filter(Theme::active).toList();
        AnalysisSettings analysisSettings = analysisSettings();
        return new WhatIfReport(WhatIfComparison.of(network.analysis(), NetworkAnalysis.of(after, analysisSettings),
                codes(buurten), themeCodes(activeThemes)), names);
    }

    /**
     * The same counts without who: every key person replaced by a stand-in that means nothing outside this report,
     * for those who may see figures but not persons.
     */
    private static Coverage anonymous(Coverage coverage) {
        Map<MemberRef, MemberRef> standIns = new LinkedHashMap<>();
        java.util.function.Function<MemberRef, MemberRef> standIn = ref -> standIns.computeIfAbsent(ref,
                r -> MemberRef.keyPerson(new java.util.UUID(0, standIns.size() + 1L)));
        return new Coverage(coverage.cells().stream().map(c -> new Coverage.Cell(c.buurt(), c.theme(),
                c.keyPersons().stream().map(standIn).toList())).toList(), coverage.keyPersonsPerBuurt());
    }

    /** The stored network as the analysis sees it, with everyone's name. */
    private Network network() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        List<KeyPerson> allKeyPersons = keyPersons.findAll();
        List<Partner> allPartners = partners.findAll();
        List<NetworkMember> members = new ArrayList<>();
        Map<MemberRef, String> names = new LinkedHashMap<>();
        for (KeyPerson k : allKeyPersons) {
            members.add(new NetworkMember(k.asMember(), k.displayName(), k.status() == KeyPersonStatus.ACTIVE,
                    k.profile().neighbourhoods(), k.profile().themes()));
            names.put(k.asMember(), k.displayName());
        }
        for (Partner p : allPartners) {
            members.add(new NetworkMember(p.asMember(), p.name(), p.active(), p.neighbourhoods(), java.util.Set.of()));
            names.put(p.asMember(), p.name());
        }
        List<NetworkTie> networkTies = ties.findAll().stream()
                .map(t -> new NetworkTie(t.a(), t.b(), t.strength(), t.lastContact().orElse(null)))
                .toList();
        NetworkSnapshot snapshot = new NetworkSnapshot(members, networkTies, today);
        return new Network(snapshot, NetworkAnalysis.of(snapshot, analysisSettings()), allKeyPersons, names);
    }

    private AnalysisSettings analysisSettings() {
        return settings.analysis();
    }

    private static List<NeighbourhoodCode> codes(List<Neighbourhood> buurten) {
        return buurten.stream().map(Neighbourhood::code).toList();
    }

    private static List<ThemeCode> themeCodes(List<Theme> themes) {
        return themes.stream().map(Theme::code).toList();
    }

    private record Network(NetworkSnapshot snapshot, NetworkAnalysis analysis, List<KeyPerson> keyPersons,
            Map<MemberRef, String> names) {
    }
}
