package nl.sleutelnet.adapters.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.sleutelnet.adapters.web.api.NetworkDtos.PaginaDto;
import nl.sleutelnet.adapters.web.api.PollDtos.BuurtResponsDto;
import nl.sleutelnet.adapters.web.api.PollDtos.NietUitgenodigdDto;
import nl.sleutelnet.adapters.web.api.PollDtos.OpmerkingDto;
import nl.sleutelnet.adapters.web.api.PollDtos.PeilingrondeDto;
import nl.sleutelnet.adapters.web.api.PollDtos.PeilingrondeSamenvattingDto;
import nl.sleutelnet.adapters.web.api.PollDtos.PeilingrondesDto;
import nl.sleutelnet.adapters.web.api.PollDtos.ResponsDto;
import nl.sleutelnet.adapters.web.api.PollDtos.ThemaCijfersDto;
import nl.sleutelnet.adapters.web.api.PollDtos.UitnodigingDto;
import nl.sleutelnet.application.port.in.poll.PollRoundReport;
import nl.sleutelnet.application.port.in.poll.PollRoundSummary;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.poll.PollResults;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Poll rounds, their figures and the coordinator's lists to Dutch API resources. */
final class PollApiMapper {

    private PollApiMapper() {
    }

    static PeilingrondesDto toDto(Page<PollRoundSummary> page) {
        return new PeilingrondesDto(page.items().stream().map(PollApiMapper::summary).toList(),
                new PaginaDto(page.number(), page.size(), page.total(), page.pages()));
    }

    static PeilingrondeSamenvattingDto summary(PollRoundSummary s) {
        PollRound r = s.round();
        return new PeilingrondeSamenvattingDto(r.id().value(), r.status().name(), buurten(r), themas(r),
                r.plan().opensAt(), r.plan().closesAt(), r.plan().recurrence().name(), r.plan().occasion(),
                respons(s.response()), r.version());
    }

    static PeilingrondeDto toDto(PollRoundReport report) {
        PollRound r = report.round();
        PollResults results = report.results();
        return new PeilingrondeDto(r.id().value(), r.status().name(), buurten(r), themas(r), r.plan().opensAt(),
                r.plan().closesAt(), r.plan().recurrence().name(), r.plan().occasion(), r.createdAt(),
                r.createdBy().value(), r.follows().map(f -> f.value()).orElse(null), r.openedAt().orElse(null),
                r.closedAt().orElse(null), r.closedBy().map(a -> a.value()).orElse(null), r.seriesEnded(),
                respons(results.overall()),
                results.perBuurt().stream().map(b -> new BuurtResponsDto(b.buurt().value(), respons(b.response())))
                        .toList(),
                results.figures().stream().map(f -> new ThemaCijfersDto(f.buurt().value(), f.theme().value(),
                        f.answers(), f.mean().map(PollApiMapper::twoDecimals).orElse(null), f.distribution()))
                        .toList(),
                results.remarks().stream().map(m -> new OpmerkingDto(m.answeredAt(), codes(m.buurten()), m.text()))
                        .toList(),
                report.invitations().stream().map(PollApiMapper::invitation).toList(),
                report.notInvited().stream().map(n -> new NietUitgenodigdDto(n.keyPerson(), n.name(),
                        n.reason().name())).toList(),
                r.version());
    }

    static UitnodigingDto invitation(PollRoundReport.InvitationLine i) {
        return new UitnodigingDto(i.keyPerson(), i.name(), codes(i.buurten()), i.delivery().name(),
                i.deliveryProblem(), i.mailedAt(), i.remindedAt(), i.answered());
    }

    private static ResponsDto respons(PollResults.Response response) {
        return new ResponsDto(response.invited(), response.answered(), response.percentage().orElse(null));
    }

    private static List<String> buurten(PollRound round) {
        return codes(round.plan().neighbourhoods());
    }

    private static List<String> codes(java.util.Collection<NeighbourhoodCode> codes) {
        return codes.stream().map(NeighbourhoodCode::value).toList();
    }

    private static List<String> themas(PollRound round) {
        return round.plan().themes().stream().map(ThemeCode::value).toList();
    }

    private static double twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
