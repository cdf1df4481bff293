package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.AnalyseDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.BrugDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.BuurtDekkingDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.BuurtThemaDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.BuurtVoorNaDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.ClusterDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.DekkingDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.KwetsbareSchakelDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.LidNaamDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.NetwerkLidDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.NetwerkVerbindingDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.VerloopDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.WatAlsDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.WatAlsVraagDto;
import nl.sleutelnet.adapters.web.api.NetwerkDtos.ZonderRecentContactDto;
import nl.sleutelnet.adapters.web.api.NetworkDtos.LidDto;
import nl.sleutelnet.application.port.in.network.AnalyseNetworkUseCase;
import nl.sleutelnet.application.port.in.network.CoverageReport;
import nl.sleutelnet.application.port.in.network.NetworkReport;
import nl.sleutelnet.application.port.in.network.ShowCoverageUseCase;
import nl.sleutelnet.application.port.in.network.WhatIfCommand;
import nl.sleutelnet.application.port.in.network.WhatIfReport;
import nl.sleutelnet.application.port.in.network.WhatIfUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.analysis.Centrality;
import nl.sleutelnet.domain.network.analysis.Coverage;
import nl.sleutelnet.domain.network.analysis.CutVertex;
import nl.sleutelnet.domain.network.analysis.NetworkMember;
import nl.sleutelnet.domain.network.analysis.Turnover;
import nl.sleutelnet.domain.network.analysis.WhatIfComparison;
import nl.sleutelnet.domain.theme.Theme;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiVersion.BASE_PATH + "/netwerk")
@Tag(name = "Netwerk", description = "Dekking, structuur en wat-als van het netwerk van sleutelpersonen")
public class NetwerkController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ShowCoverageUseCase coverage;
    private final AnalyseNetworkUseCase analyse;
    private final WhatIfUseCase whatIf;
    private final Clock clock;

    public NetwerkController(ShowCoverageUseCase coverage, AnalyseNetworkUseCase analyse, WhatIfUseCase whatIf,
            Clock clock) {
        this.coverage = coverage;
        this.analyse = analyse;
        this.whatIf = whatIf;
        this.clock = clock;
    }

    @GetMapping("/dekking")
    @Operation(summary = "Per buurt en thema het aantal actieve sleutelpersonen, en de witte vlekken (geen namen)")
    public DekkingDto dekking(Actor actor) {
        CoverageReport report = coverage.showCoverage(actor);
        Coverage c = report.coverage();
        List<BuurtDekkingDto> buurten = new ArrayList<>();
        for (Neighbourhood b : report.buurten()) {
            Map<String, Integer> perTheme = new LinkedHashMap<>();
            for (Theme t : report.themes()) {
                perTheme.put(t.code().value(), c.count(b.code(), t.code()));
            }
            buurten.add(new BuurtDekkingDto(b.code().value(), b.name(), c.keyPersonsIn(b.code()), perTheme));
        }
        return new DekkingDto(report.asOf(), report.themes().stream().map(t -> t.code().value()).toList(), buurten,
                report.whiteSpotCount(), cells(c.whiteSpots()));
    }

    @GetMapping("/analyse")
    @Operation(summary = "De structuur met namen (regisseur): tussenposities, kwetsbare schakels en welke buurten "
            + "dan de verbinding verliezen, bruggen, clusters, contact, groei en verloop")
    public AnalyseDto analyse(Actor actor,
            @RequestParam(required = false) @Parameter(description = "Eerste dag van de periode voor het verloop; "
                    + "standaard een jaar voor 'tot'") LocalDate van,
            @RequestParam(required = false) @Parameter(description = "Laatste dag; standaard vandaag") LocalDate tot) {
        LocalDate to = tot == null ? LocalDate.ofInstant(clock.instant(), AMSTERDAM) : tot;
        LocalDate from = van == null ? to.minusYears(1).plusDays(1) : van;
        NetworkReport report = analyse.analyseNetwork(actor, from, to);
        Map<MemberRef, Centrality> centrality = new LinkedHashMap<>();
        report.betweenness().forEach(c -> centrality.put(c.member(), c));
        List<NetwerkLidDto> members = new ArrayList<>();
        for (NetworkMember m : report.members()) {
            Centrality c = centrality.get(m.ref());
            members.add(new NetwerkLidDto(lid(m.ref()), m.label(), m.active(), c == null ? 0 : c.raw(),
                    c == null ? 0 : c.normalised(), report.isCutVertex(m.ref())));
        }
        Turnover v = report.turnover();
        return new AnalyseDto(report.asOf(), members, report.betweennessApproximate(),
                report.ties().stream().map(t -> new NetwerkVerbindingDto(lid(t.a()), lid(t.b()), t.strength())).toList(),
                report.cutVertices().stream().map(c -> new KwetsbareSchakelDto(lid(c.member()),
                        report.name(c.member()), codes(c.buurtenLosingConnection()),
                        c.cutOff().stream().map(NetwerkController::leden).toList())).toList(),
                report.bridges().stream().map(b -> new BrugDto(lid(b.a()), lid(b.b()), leden(b.smallerSide())))
                        .toList(),
                report.clusters().stream().map(c -> new ClusterDto(c.members().stream().map(NetwerkController::lid)
                        .toList(), codes(c.neighbourhoods()))).toList(),
                report.fadedTies(), report.staleAfterDays(),
                report.stale().stream().map(k -> new ZonderRecentContactDto(k.id().value(), k.displayName(),
                        k.lastContact().orElse(null))).toList(),
                new VerloopDto(from, to, v.activeAtStart(), v.activeAtEnd(), v.joined(), v.returned(), v.paused(),
                        v.departed(), v.turnoverRate()));
    }

    @PostMapping(value = "/wat-als", consumes = "application/json")
    @Operation(summary = "Wat als leden vertrekken of erbij komen? Vergelijkt dekking en samenhang; slaat niets op")
    public WatAlsDto watAls(Actor actor, @RequestBody WatAlsVraagDto body) {
        List<String> leaving = body.vertrekken() == null ? List.of()
                : body.vertrekken().stream().map(NetwerkController::ref).toList();
        List<WhatIfCommand.Newcomer> newcomers = body.nieuwkomers() == null ? List.of()
                : body.nieuwkomers().stream().map(n -> new WhatIfCommand.Newcomer(n.naam(), n.buurten(), n.themas(),
                        n.verbondenMet() == null ? List.of()
                                : n.verbondenMet().stream().map(NetwerkController::ref).toList())).toList();
        WhatIfReport report = whatIf.whatIf(actor, new WhatIfCommand(leaving, newcomers));
        WhatIfComparison w = report.comparison();
        Function<List<CutVertex>, List<LidNaamDto>> named = list -> list.stream()
                .map(c -> new LidNaamDto(lid(c.member()), report.name(c.member()))).toList();
        return new WatAlsDto(w.whiteSpotsBefore().size(), w.whiteSpotsAfter().size(), cells(w.whiteSpotsGained()),
                cells(w.whiteSpotsClosed()), w.clustersBefore(), w.clustersAfter(), named.apply(w.cutVerticesBefore()),
                named.apply(w.cutVerticesAfter()), w.keyPersonsPerBuurt().stream().filter(b -> b.change() != 0)
                        .map(b -> new BuurtVoorNaDto(b.buurt().value(), b.before(), b.after())).toList());
    }

    private static List<BuurtThemaDto> cells(List<Coverage.Cell> cells) {
        return cells.stream().map(c -> new BuurtThemaDto(c.buurt().value(), c.theme().value())).toList();
    }

    private static List<String> codes(Set<NeighbourhoodCode> codes) {
        return codes.stream().map(NeighbourhoodCode::value).toList();
    }

    private static List<LidDto> leden(java.util.Collection<MemberRef> members) {
        return members.stream().map(NetwerkController::lid).toList();
    }

    private static LidDto lid(MemberRef ref) {
        return new LidDto(ref.kind().name(), ref.id());
    }

    /** The core's form of a member reference; a missing part is reported by the command as an invalid member. */
    private static String ref(LidDto lid) {
        return lid == null ? "" : lid.soort() + ":" + lid.id();
    }
}
