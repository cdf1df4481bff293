package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.domain.evaluation.Comparison;
import nl.sleutelnet.domain.evaluation.Count;
import nl.sleutelnet.domain.evaluation.EvaluationReport;
import nl.sleutelnet.domain.evaluation.LevelDays;
import nl.sleutelnet.domain.evaluation.Share;
import nl.sleutelnet.domain.evaluation.SignalFigures;
import nl.sleutelnet.domain.evaluation.Spread;
import nl.sleutelnet.domain.programme.Cost;
import nl.sleutelnet.domain.programme.FundingLine;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.temperature.Level;

/**
 * The period report and the programme as the API answers them: the same figures as the page, the CSV and the PDF. A
 * count below the minimum group has {@code waarde: null} and {@code getoond: "< 5"}.
 */
public final class EvaluatieDtos {

    private EvaluatieDtos() {
    }

    @Schema(name = "Aantal", description = "Een aantal personen of wat zij deden; onder de minimale groep verborgen")
    public record AantalDto(@Schema(description = "Het aantal; null als het verborgen is", example = "12") Integer waarde,
            @Schema(description = "Zoals getoond: het aantal of \"< 5\"", example = "12") String getoond) {

        static AantalDto of(Count count) {
            return new AantalDto(count.value(), count.shown());
        }
    }

    @Schema(name = "Aandeel")
    public record AandeelDto(AantalDto deel, AantalDto geheel,
            @Schema(description = "0-1; null als een aantal verborgen is of het geheel 0", example = "0.25") Double fractie) {

        static AandeelDto of(Share s) {
            return new AandeelDto(AantalDto.of(s.part()), AantalDto.of(s.whole()), s.fraction());
        }
    }

    @Schema(name = "Spreiding", description = "Doorlooptijden: aantal, mediaan en 90e percentiel (nearest rank) in uren")
    public record SpreidingDto(AantalDto aantal, Double mediaanUren, Double p90Uren) {

        static SpreidingDto of(Spread s) {
            return new SpreidingDto(AantalDto.of(s.cases()), s.medianHours(), s.p90Hours());
        }
    }

    @Schema(name = "Uitsplitsing")
    public record UitsplitsingDto(@Schema(example = "wij-zij") String sleutel, AantalDto aantal) {

        static List<UitsplitsingDto> of(List<SignalFigures.Breakdown> lines) {
            return lines.stream().map(b -> new UitsplitsingDto(b.key(), AantalDto.of(b.count()))).toList();
        }
    }

    @Schema(name = "Netwerkcijfers")
    public record NetwerkDto(AantalDto actiefBegin, AantalDto actiefEind, AantalDto nieuw, AantalDto teruggekeerd,
            AantalDto gepauzeerd, AantalDto vertrokken, Double verloop, AantalDto verouderdContact,
            int verouderdNaDagen, DekkingDto dekkingBegin, DekkingDto dekkingEind, AantalDto bruggenbouwers,
            AantalDto kwetsbareSchakels, List<UitsplitsingDto> sleutelpersonenPerBuurt) {
    }

    @Schema(name = "Dekking")
    public record DekkingDto(LocalDate op, int cellen, int witteVlekken, Double gedektAandeel) {
    }

    @Schema(name = "Signaalcijfers")
    public record SignalenDto(AantalDto ontvangen, List<UitsplitsingDto> perThema, List<UitsplitsingDto> perBuurt,
            List<UitsplitsingDto> perIntensiteit, AantalDto waarnemingen, AantalDto bevestigd,
            SpreidingDto totDuiding, SpreidingDto totHandelen, AandeelDto teLaat, AandeelDto geenActie) {
    }

    @Schema(name = "Niveaudagen", description = "Dagen per temperatuurniveau")
    public record NiveaudagenDto(int rustig, int gespannen, int verhit, int escalerend) {

        static NiveaudagenDto of(LevelDays d) {
            return new NiveaudagenDto(d.at(Level.CALM), d.at(Level.TENSE), d.at(Level.HEATED),
                    d.at(Level.ESCALATING));
        }
    }

    @Schema(name = "Temperatuurcijfers")
    public record TemperatuurDto(LocalDate eersteDag, LocalDate laatsteDag, NiveaudagenDto gebied,
            Map<String, NiveaudagenDto> perWijk, List<CelDto> perWijkEnThema, Map<String, NiveaudagenDto> perMaand) {
    }

    @Schema(name = "TemperatuurCel")
    public record CelDto(@Schema(example = "WK093503") String wijk, @Schema(example = "wij-zij") String thema,
            NiveaudagenDto dagen, @Schema(example = "TENSE") String hoogsteNiveau,
            @Schema(example = "RISING") String trend) {
    }

    @Schema(name = "Interventiecijfers")
    public record InterventiesDto(AantalDto gepland, AantalDto gestart, AantalDto afgesloten, AantalDto lopendAanEind,
            List<UitsplitsingDto> perType, List<UitsplitsingDto> perUitkomst, SpreidingDto duur,
            AantalDto stappenOmhoog, AantalDto stappenOmlaag, AantalDto terugtrekkingen,
            AantalDto metExitcriteria, AantalDto metVerantwoording) {
    }

    @Schema(name = "Financiering")
    public record FinancieringDto(String id, String bron, String doel, int vanJaar, int totJaar,
            @Schema(example = "50000.00") BigDecimal bedragPerJaar, String besluit) {

        static FinancieringDto of(FundingLine l) {
            return new FinancieringDto(l.id().toString(), l.source(), l.purpose(), l.fromYear(), l.toYear(),
                    l.perYear().euros(), l.decision());
        }
    }

    @Schema(name = "Kosten")
    public record KostenDto(String id, LocalDate van, LocalDate tot, @Schema(example = "1250.50") BigDecimal bedrag,
            String omschrijving, String interventie) {

        static KostenDto of(Cost c) {
            return new KostenDto(c.id().toString(), c.from(), c.to(), c.amount().euros(), c.description(),
                    c.intervention() == null ? null : c.intervention().toString());
        }
    }

    @Schema(name = "Programmacijfers", description = "Bedragen in euro met twee decimalen")
    public record ProgrammaCijfersDto(String naam, BigDecimal budget, BigDecimal besteed, BigDecimal nogTeBesteden,
            BigDecimal aanInterventies, List<JaarDto> perJaar, List<FinancieringDto> financiering) {
    }

    @Schema(name = "ProgrammaJaar")
    public record JaarDto(int jaar, BigDecimal budget, BigDecimal besteed) {
    }

    @Schema(name = "Vergelijking")
    public record VergelijkingDto(@Schema(example = "signals.received") String cijfer, String nu, String vorige,
            Double waardeNu, Double waardeVorige, Double verschil) {

        static VergelijkingDto of(Comparison c) {
            return new VergelijkingDto(c.key(), c.current(), c.previous(), c.currentValue(), c.previousValue(),
                    c.change());
        }
    }

    @Schema(name = "Aanwijzing", description = "Een patroon om naar te kijken; de argumenten vullen de zin van de soort")
    public record AanwijzingDto(@Schema(example = "WHITE_SPOTS_WHERE_WARMER") String soort, List<String> argumenten) {
    }

    @Schema(name = "Evaluatie", description = "Het periodeverslag: netwerk, signalen, temperatuur, interventies en "
            + "programma over een periode en een gebied, met de vorige periode ernaast")
    public record EvaluatieDto(LocalDate van, LocalDate tot, LocalDate vorigeVan, LocalDate vorigeTot,
            @Schema(description = "Wijkcode; null voor de hele stad", example = "WK093503") String wijk,
            String gebied, Instant berekendOp,
            @Schema(description = "Kleinste getoonde groep; 0 als niets verborgen is", example = "5") int minimaleGroep,
            NetwerkDto netwerk, SignalenDto signalen, TemperatuurDto temperatuur, InterventiesDto interventies,
            ProgrammaCijfersDto programma, List<KostenDto> kosten, List<VergelijkingDto> vergelijking,
            List<AanwijzingDto> aanwijzingen) {
    }

    @Schema(name = "Programma")
    public record ProgrammaDto(String id, String naam, long versie, List<FinancieringDto> financiering,
            List<KostenDto> kosten) {

        static ProgrammaDto of(Programme p) {
            return new ProgrammaDto(p.id().toString(), p.name(), p.version(),
                    p.fundingLines().stream().map(FinancieringDto::of).toList(),
                    p.costs().stream().map(KostenDto::of).toList());
        }
    }

    @Schema(name = "NieuweKosten")
    public record NieuweKostenDto(@Schema(example = "2025-03-01") LocalDate van,
            @Schema(description = "Leeg voor één dag", example = "2025-03-31") LocalDate tot,
            @Schema(example = "1250.50") BigDecimal bedrag,
            @Schema(example = "Zaalhuur dialoogavonden") String omschrijving,
            @Schema(description = "Id van de interventie, niet verplicht") java.util.UUID interventie,
            @Schema(description = "De versie van het programma die u zag", example = "1") long versie) {
    }

    static EvaluatieDto of(EvaluationReport r) {
        var n = r.network();
        var s = r.signals();
        var t = r.temperature();
        var i = r.interventions();
        var p = r.programme();
        Map<String, NiveaudagenDto> perWijk = new LinkedHashMap<>();
        t.districts().forEach(d -> perWijk.put(d.district().value(), NiveaudagenDto.of(d.days())));
        Map<String, NiveaudagenDto> perMaand = new LinkedHashMap<>();
        t.months().forEach(m -> perMaand.put(m.month().toString(), NiveaudagenDto.of(m.days())));
        return new EvaluatieDto(r.period().from(), r.period().to(), r.previousPeriod().from(),
                r.previousPeriod().to(), r.area().districtIfAny().map(d -> d.value()).orElse(null), r.area().name(),
                r.computedAt(), r.minimumGroup(),
                new NetwerkDto(AantalDto.of(n.activeAtStart()), AantalDto.of(n.activeAtEnd()),
                        AantalDto.of(n.joined()), AantalDto.of(n.returned()), AantalDto.of(n.paused()),
                        AantalDto.of(n.departed()), n.turnoverRate(), AantalDto.of(n.staleAtEnd()),
                        n.staleAfterDays(), dekking(n.coverageAtStart()), dekking(n.coverageAtEnd()),
                        AantalDto.of(n.brokers()), AantalDto.of(n.cutVertices()),
                        n.buurtCoverage().stream().map(b -> new UitsplitsingDto(b.buurt().value(),
                                AantalDto.of(b.keyPersons()))).toList()),
                new SignalenDto(AantalDto.of(s.received()), UitsplitsingDto.of(s.byTheme()),
                        UitsplitsingDto.of(s.byBuurt()), UitsplitsingDto.of(s.byIntensity()),
                        AantalDto.of(s.sightings()), AantalDto.of(s.confirmed()), SpreidingDto.of(s.toAssessment()),
                        SpreidingDto.of(s.toAction()), AandeelDto.of(s.overdue()), AandeelDto.of(s.noAction())),
                new TemperatuurDto(t.firstDay(), t.lastDay(), NiveaudagenDto.of(t.area()), perWijk,
                        t.cells().stream().map(c -> new CelDto(c.district().value(), c.theme().value(),
                                NiveaudagenDto.of(c.days()), c.highest().name(), c.trend().name())).toList(),
                        perMaand),
                new InterventiesDto(AantalDto.of(i.planned()), AantalDto.of(i.started()), AantalDto.of(i.closed()),
                        AantalDto.of(i.activeAtEnd()), UitsplitsingDto.of(i.byType()),
                        UitsplitsingDto.of(i.byOutcome()), SpreidingDto.of(i.duration()), AantalDto.of(i.stepsUp()),
                        AantalDto.of(i.stepsDown()), AantalDto.of(i.withdrawals()), AantalDto.of(i.criteriaMet()),
                        AantalDto.of(i.justified())),
                new ProgrammaCijfersDto(p.name(), p.budget().euros(), p.spent().euros(),
                        BigDecimal.valueOf(p.remainingCents(), 2), p.toInterventions().euros(),
                        p.years().stream().map(y -> new JaarDto(y.year(), y.budget().euros(), y.spent().euros()))
                                .toList(),
                        p.fundingLines().stream().map(FinancieringDto::of).toList()),
                r.costs().stream().map(KostenDto::of).toList(),
                r.comparisons().stream().map(VergelijkingDto::of).toList(),
                r.pointers().stream().map(x -> new AanwijzingDto(x.kind().name(), x.arguments())).toList());
    }

    private static DekkingDto dekking(nl.sleutelnet.domain.evaluation.NetworkFigures.CoverageFigures c) {
        return new DekkingDto(c.asOf(), c.cells(), c.whiteSpots(), c.coveredShare());
    }

    static BigDecimal euros(Money m) {
        return m.euros();
    }
}
