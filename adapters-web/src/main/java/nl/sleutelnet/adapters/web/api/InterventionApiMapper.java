package nl.sleutelnet.adapters.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.adapters.web.api.InterventionDtos.AanwezigLidDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.AanwezigNetwerkDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.DagDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.DeelnemerDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.DraagkrachtDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.DynamiekDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.EvaluatieDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.ExitcriteriaDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.GebeurtenisDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.InterventieDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.InterventieSamenvattingDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.InterventiesDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.ScopeTemperatuurDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.StapDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.TaakDto;
import nl.sleutelnet.adapters.web.api.InterventionDtos.TerugtrekbesluitDto;
import nl.sleutelnet.application.port.in.intervention.InterventionDetails;
import nl.sleutelnet.application.port.in.intervention.InterventionSummary;
import nl.sleutelnet.application.port.in.intervention.PresentMember;
import nl.sleutelnet.domain.intervention.CapacityAssessment;
import nl.sleutelnet.domain.intervention.DynamicTag;
import nl.sleutelnet.domain.intervention.Evaluation;
import nl.sleutelnet.domain.intervention.ExitCriteria;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.intervention.ScopeDay;
import nl.sleutelnet.domain.intervention.ScopeTemperature;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.TimelineEntry;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.Page;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Interventions to Dutch API resources. The page's computed parts (today, the daily temperatures, the withdrawal
 * decision) come from {@link InterventionDetails}; a field without a mapping is a compile error.
 */
@Mapper(uses = ApiValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface InterventionApiMapper {

    InterventionApiMapper INSTANCE = Mappers.getMapper(InterventionApiMapper.class);

    default InterventieDto toDto(InterventionDetails details) {
        Intervention i = details.intervention();
        return toDto(i.snapshot(), i, details, details.today(), details.memberNames());
    }

    @Mapping(target = "id", source = "snapshot.id")
    @Mapping(target = "titel", source = "snapshot.description.title")
    @Mapping(target = "doel", source = "snapshot.description.goal")
    @Mapping(target = "type", source = "snapshot.description.type")
    @Mapping(target = "buurten", source = "snapshot.scope.buurten")
    @Mapping(target = "themas", source = "snapshot.scope.themes")
    @Mapping(target = "signalen", source = "snapshot.signals")
    @Mapping(target = "eigenaar", source = "snapshot.owner")
    @Mapping(target = "status", source = "snapshot.status")
    @Mapping(target = "betrokkenheid", expression = "java(intervention.involvement().name())")
    @Mapping(target = "deelnemers", source = "snapshot.participants")
    @Mapping(target = "taken", source = "snapshot.tasks")
    @Mapping(target = "draagkracht", source = "snapshot.capacity")
    @Mapping(target = "dynamiek", source = "snapshot.dynamics")
    @Mapping(target = "exitcriteria", source = "snapshot.exitCriteria")
    @Mapping(target = "stappen", source = "snapshot.involvement")
    @Mapping(target = "evaluatie", source = "snapshot.evaluation")
    @Mapping(target = "tijdlijn", source = "snapshot.timeline")
    @Mapping(target = "geplandOp", expression = "java(intervention.plannedAt())")
    @Mapping(target = "gestartOp", expression = "java(intervention.startedAt().orElse(null))")
    @Mapping(target = "afgeslotenOp", expression = "java(intervention.closedAt().orElse(null))")
    @Mapping(target = "vandaag", source = "details.today")
    @Mapping(target = "temperatuur", source = "details.temperatures.days")
    @Mapping(target = "terugtrekken", source = "details.withdrawal")
    @Mapping(target = "versie", source = "snapshot.version")
    InterventieDto toDto(Intervention.Snapshot snapshot, Intervention intervention, InterventionDetails details,
            @Context LocalDate today, @Context Map<MemberRef, String> names);

    default DeelnemerDto toDto(Participant participant, @Context Map<MemberRef, String> names) {
        return new DeelnemerDto(participant.member().kind().name(), participant.member().id(),
                names.get(participant.member()), participant.part());
    }

    default TaakDto toDto(Task task, @Context LocalDate today) {
        return new TaakDto(task.id().value(), task.description(), task.assignee().value(), task.due(), task.doneAt(),
                task.doneBy() == null ? null : task.doneBy().value(), task.isOverdue(today));
    }

    @Mapping(target = "aanwezig", source = "presentInScope")
    @Mapping(target = "opgehaaldOp", source = "drawnAt")
    @Mapping(target = "initiatieven", source = "initiatives")
    @Mapping(target = "draagkracht", source = "capacity")
    @Mapping(target = "oordeel", source = "judgement")
    DraagkrachtDto toDto(CapacityAssessment assessment);

    default NetworkDtos.LidDto toLid(MemberRef member) {
        return NetworkApiMapper.INSTANCE.toDto(member);
    }

    @Mapping(target = "rol", source = "role")
    @Mapping(target = "dynamiek", source = "dynamic")
    @Mapping(target = "van", source = "from")
    @Mapping(target = "tot", source = "to")
    DynamiekDto toDto(DynamicTag tag);

    @Mapping(target = "exitNiveau", source = "exitLevel")
    @Mapping(target = "exitDagen", source = "exitDays")
    ExitcriteriaDto toDto(ExitCriteria criteria);

    @Mapping(target = "van", source = "from")
    @Mapping(target = "naar", source = "to")
    @Mapping(target = "op", source = "at")
    @Mapping(target = "reden", source = "reason")
    @Mapping(target = "door", source = "actor")
    @Mapping(target = "besluit", source = "decision")
    @Mapping(target = "verantwoording", source = "justification")
    StapDto toDto(InvolvementStep step);

    default TerugtrekbesluitDto toDto(WithdrawalDecision decision) {
        if (decision == null) {
            return null;
        }
        return new TerugtrekbesluitDto(decision.allowed(), decision.asOf(), decision.currentLevel().name(),
                toDto(decision.criteria()), decision.daysAtOrBelow(), decision.daysMissing(), decision.earliestDay(),
                decision.breach().map(WithdrawalDecision.Breach::day).orElse(null),
                decision.breach().map(b -> b.level().name()).orElse(null), decision.explanation());
    }

    @Mapping(target = "uitkomst", source = "outcome")
    @Mapping(target = "lessen", source = "lessons")
    @Mapping(target = "vervolg", source = "followUp")
    @Mapping(target = "temperatuurBijStart", source = "computedAtStart")
    @Mapping(target = "temperatuurBijAfsluiten", source = "computedAtClose")
    @Mapping(target = "afgekoeld", expression = "java(evaluation.cooledDown())")
    EvaluatieDto toDto(Evaluation evaluation);

    @Mapping(target = "op", source = "asOf")
    @Mapping(target = "niveau", source = "highestLevel")
    @Mapping(target = "score", source = "highestScore")
    ScopeTemperatuurDto toDto(ScopeTemperature temperature);

    @Mapping(target = "soort", source = "kind")
    @Mapping(target = "op", source = "at")
    @Mapping(target = "door", source = "actor")
    @Mapping(target = "notitie", source = "note")
    @Mapping(target = "over", source = "subject")
    GebeurtenisDto toDto(TimelineEntry entry);

    @Mapping(target = "dag", source = "day")
    @Mapping(target = "niveau", source = "highestLevel")
    @Mapping(target = "score", source = "highestScore")
    DagDto toDto(ScopeDay day);

    @Mapping(target = "titel", source = "title")
    @Mapping(target = "betrokkenheid", source = "involvement")
    @Mapping(target = "buurten", source = "scope.buurten")
    @Mapping(target = "themas", source = "scope.themes")
    @Mapping(target = "eigenaar", source = "owner")
    @Mapping(target = "eigenaarNaam", source = "ownerName")
    @Mapping(target = "signalen", source = "signals")
    @Mapping(target = "openTaken", source = "openTasks")
    @Mapping(target = "achterstalligeTaken", source = "overdueTasks")
    @Mapping(target = "geplandOp", source = "plannedAt")
    @Mapping(target = "laatsteWijziging", source = "lastChange")
    @Mapping(target = "versie", source = "version")
    InterventieSamenvattingDto toDto(InterventionSummary summary);

    default InterventiesDto toDto(Page<InterventionSummary> page) {
        return new InterventiesDto(page.items().stream().map(this::toDto).toList(),
                NetworkApiMapper.INSTANCE.toPagina(page));
    }

    default AanwezigLidDto toDto(PresentMember member) {
        return new AanwezigLidDto(member.member().kind().name(), member.member().id(), member.name(),
                member.buurten().stream().map(b -> b.value()).toList());
    }

    default AanwezigNetwerkDto toNetwork(List<PresentMember> members) {
        return new AanwezigNetwerkDto(members.stream().map(this::toDto).toList());
    }
}
