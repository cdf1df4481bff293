package nl.sleutelnet.domain.evaluation;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonStatus;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.analysis.Coverage;
import nl.sleutelnet.domain.network.analysis.NetworkAnalysis;
import nl.sleutelnet.domain.network.analysis.Turnover;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * The network of an area over a period: how many key persons were active at the start and the end, who joined,
 * returned, paused and left ({@link Turnover}), stale contacts at the end, coverage and white spots at the start and
 * the end, and the brokers and single points of failure at the end. A key person belongs to the area when one of
 * their buurten lies in it; a partner likewise.
 *
 * @param turnoverRate   departures per average active key person; null when a count behind it is suppressed
 * @param staleAtEnd     active at the end without a recorded contact in the {@code staleAfterDays} before it (a
 *                       contact recorded after the end counts as one before it: the stored date is the last one)
 * @param brokers        members of the area on at least {@value #BROKER_SHARE} of the shortest paths between two
 *                       other members of the whole network, at the end
 * @param cutVertices    members of the area whose leaving would cut others off from the network, at the end
 * @param buurtCoverage  per buurt of the area: active key persons at the end
 */
public record NetworkFigures(Count activeAtStart, Count activeAtEnd, Count joined, Count returned, Count paused,
        Count departed, Double turnoverRate, Count staleAtEnd, int staleAfterDays, CoverageFigures coverageAtStart,
        CoverageFigures coverageAtEnd, Count brokers, Count cutVertices, List<BuurtCount> buurtCoverage) {

    /** A member counts as a broker from this normalised betweenness. */
    public static final double BROKER_SHARE = 0.1;

    public NetworkFigures {
        buurtCoverage = ImmutableList.copyOf(buurtCoverage);
    }

    /**
     * Coverage of the area's buurt × theme cells by active key persons.
     *
     * @param cells      buurt × theme cells of the area (active themes)
     * @param whiteSpots cells without any active key person
     */
    public record CoverageFigures(LocalDate asOf, int cells, int whiteSpots) {

        /** The share of cells with at least one key person, 0–1; null without cells. */
        public Double coveredShare() {
            return cells == 0 ? null : (cells - whiteSpots) / (double) cells;
        }
    }

    public record BuurtCount(NeighbourhoodCode buurt, Count keyPersons, int whiteSpots) {
    }

    static NetworkFigures of(NetworkHistory history, Area area, List<ThemeCode> themes, ReportPeriod period,
            LocalDate today, int staleAfterDays, ZoneId zone, SmallCells cells) {
        List<KeyPerson> inArea = history.keyPersons().stream()
                .filter(k -> area.touches(k.profile().neighbourhoods())).toList();
        Set<MemberRef> areaMembers = new java.util.HashSet<>(inArea.stream().map(KeyPerson::asMember).toList());
        history.partners().stream().filter(p -> area.touches(p.neighbourhoods())).map(Partner::asMember)
                .forEach(areaMembers::add);
        LocalDate end = period.lastDaySeen(today);
        Instant from = period.start(zone);
        Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();
        Turnover turnover = Turnover.of(inArea.stream().map(KeyPerson::history).toList(), from, to);
        Count start = cells.count(turnover.activeAtStart());
        Count atEnd = cells.count(turnover.activeAtEnd());
        Count departed = cells.count(turnover.departed());
        Double rate = start.suppressed() || atEnd.suppressed() || departed.suppressed() ? null
                : turnover.turnoverRate();
        LocalDate staleBefore = end.minusDays(staleAfterDays);
        int stale = (int) inArea.stream()
                .filter(k -> NetworkHistory.statusBefore(k.history(), to) == KeyPersonStatus.ACTIVE)
                .filter(k -> k.lastContact().map(d -> d.isBefore(staleBefore)).orElse(true))
                .count();
        List<NeighbourhoodCode> buurten = List.copyOf(area.buurten());
        NetworkAnalysis atStartAnalysis = history.analysisAt(period.from().minusDays(1));
        NetworkAnalysis atEndAnalysis = history.analysisAt(end);
        Coverage coverageStart = atStartAnalysis.coverage(buurten, themes);
        Coverage coverageEnd = atEndAnalysis.coverage(buurten, themes);
        int brokers = (int) atEndAnalysis.betweenness().stream()
                .filter(c -> c.normalised() >= BROKER_SHARE && areaMembers.contains(c.member())).count();
        int cutVertices = (int) atEndAnalysis.cutVertices().stream()
                .filter(c -> areaMembers.contains(c.member())).count();
        List<BuurtCount> perBuurt = new ArrayList<>();
        for (NeighbourhoodCode buurt : buurten) {
            int whiteSpots = (int) coverageEnd.cells().stream()
                    .filter(c -> c.buurt().equals(buurt) && c.isWhiteSpot()).count();
            perBuurt.add(new BuurtCount(buurt, cells.count(coverageEnd.keyPersonsIn(buurt)), whiteSpots));
        }
        return new NetworkFigures(start, atEnd, cells.count(turnover.joined()), cells.count(turnover.returned()),
                cells.count(turnover.paused()), departed, rate, cells.count(stale), staleAfterDays,
                new CoverageFigures(period.from().minusDays(1), coverageStart.cells().size(),
                        coverageStart.whiteSpots().size()),
                new CoverageFigures(end, coverageEnd.cells().size(), coverageEnd.whiteSpots().size()),
                cells.count(brokers), cells.count(cutVertices), perBuurt);
    }

    /** The white spots at the end, per theme: which themes lack key persons in which buurten of the area. */
    static Set<String> whiteSpotKeys(NetworkHistory history, Area area, List<ThemeCode> themes, LocalDate end) {
        Coverage coverage = history.analysisAt(end).coverage(List.copyOf(area.buurten()), themes);
        return coverage.whiteSpots().stream().map(c -> c.buurt().value() + "|" + c.theme().value())
                .collect(Collectors.toSet());
    }
}
