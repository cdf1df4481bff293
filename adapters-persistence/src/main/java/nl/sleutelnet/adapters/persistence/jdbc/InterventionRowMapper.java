package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.DynamicRow;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.InterventionRow;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.ParticipantRow;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.StepRow;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.TaskRow;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.TimelineRow;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Capacity;
import nl.sleutelnet.domain.intervention.CapacityAssessment;
import nl.sleutelnet.domain.intervention.DynamicTag;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.Evaluation;
import nl.sleutelnet.domain.intervention.ExitCriteria;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Outcome;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.ScopeTemperature;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.TaskId;
import nl.sleutelnet.domain.intervention.TimelineEntry;
import nl.sleutelnet.domain.intervention.WithdrawalDecision;
import nl.sleutelnet.domain.network.MemberKind;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Interventions to rows and back: flattening is generated (an unmapped column is a compile error); rebuilding an
 * intervention from its rows is written out where the domain's values need it, and pinned by the round-trip test.
 */
@Mapper(uses = RowConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface InterventionRowMapper {

    InterventionRowMapper INSTANCE = Mappers.getMapper(InterventionRowMapper.class);

    /**
     * Everything of an intervention that lives in child tables, as domain values, so that a save can tell which
     * tables changed and a read can hand them to {@link #toSnapshot}.
     *
     * @param initiatives and {@code present}: of the capacity assessment; empty when there is none
     */
    record Parts(Set<NeighbourhoodCode> buurten, Set<ThemeCode> themes, Set<SignalId> signals,
            List<Participant> participants, List<Task> tasks, List<String> initiatives, Set<MemberRef> present,
            List<DynamicTag> dynamics, List<InvolvementStep> involvement, List<TimelineEntry> timeline) {

        /** What a new intervention has in the child tables before its first save: nothing. */
        static final Parts NONE = new Parts(Set.of(), Set.of(), Set.of(), List.of(), List.of(), List.of(), Set.of(),
                List.of(), List.of(), List.of());

        public Parts {
            buurten = Set.copyOf(buurten);
            themes = Set.copyOf(themes);
            signals = Set.copyOf(signals);
            participants = List.copyOf(participants);
            tasks = List.copyOf(tasks);
            initiatives = List.copyOf(initiatives);
            present = Set.copyOf(present);
            dynamics = List.copyOf(dynamics);
            involvement = List.copyOf(involvement);
            timeline = List.copyOf(timeline);
        }

        Parts withTimeline(List<TimelineEntry> entries) {
            return new Parts(buurten, themes, signals, participants, tasks, initiatives, present, dynamics,
                    involvement, entries);
        }

        static Parts of(Intervention.Snapshot s) {
            CapacityAssessment capacity = s.capacity();
            return new Parts(s.scope().buurten(), s.scope().themes(), s.signals(), s.participants(), s.tasks(),
                    capacity == null ? List.of() : capacity.initiatives(),
                    capacity == null ? Set.of() : capacity.presentInScope(), s.dynamics(), s.involvement(),
                    s.timeline());
        }
    }

    @Mapping(target = "title", source = "description.title")
    @Mapping(target = "goal", source = "description.goal")
    @Mapping(target = "type", source = "description.type")
    @Mapping(target = "involvement", source = "involvement", qualifiedByName = "currentInvolvement")
    @Mapping(target = "plannedAt", source = "timeline", qualifiedByName = "plannedAt")
    @Mapping(target = "capacity", source = "capacity.capacity")
    @Mapping(target = "capacityJudgement", source = "capacity.judgement")
    @Mapping(target = "capacityDrawnAt", source = "capacity.drawnAt")
    @Mapping(target = "exitLevel", source = "exitCriteria.exitLevel")
    @Mapping(target = "exitDays", source = "exitCriteria.exitDays")
    @Mapping(target = "outcome", source = "evaluation.outcome")
    @Mapping(target = "lessons", source = "evaluation.lessons")
    @Mapping(target = "followUp", source = "evaluation.followUp")
    @Mapping(target = "startTemperatureAt", source = "evaluation.computedAtStart.asOf")
    @Mapping(target = "startTemperatureLevel", source = "evaluation.computedAtStart.highestLevel")
    @Mapping(target = "startTemperatureScore", source = "evaluation.computedAtStart.highestScore")
    @Mapping(target = "closeTemperatureAt", source = "evaluation.computedAtClose.asOf")
    @Mapping(target = "closeTemperatureLevel", source = "evaluation.computedAtClose.highestLevel")
    @Mapping(target = "closeTemperatureScore", source = "evaluation.computedAtClose.highestScore")
    InterventionRow toRow(Intervention.Snapshot intervention);

    @Mapping(target = "interventionId", source = "owner")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "memberKind", source = "participant.member.kind")
    @Mapping(target = "memberId", source = "participant.member.id")
    @Mapping(target = "part", source = "participant.part")
    ParticipantRow toRow(Participant participant, UUID owner, int position);

    @Mapping(target = "interventionId", source = "owner")
    @Mapping(target = "id", source = "task.id")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "description", source = "task.description")
    @Mapping(target = "assignee", source = "task.assignee")
    @Mapping(target = "due", source = "task.due")
    @Mapping(target = "doneAt", source = "task.doneAt")
    @Mapping(target = "doneBy", source = "task.doneBy")
    TaskRow toRow(Task task, UUID owner, int position);

    @Mapping(target = "interventionId", source = "owner")
    @Mapping(target = "id", source = "tag.id")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "role", source = "tag.role")
    @Mapping(target = "dynamic", source = "tag.dynamic")
    @Mapping(target = "periodFrom", source = "tag.from")
    @Mapping(target = "periodTo", source = "tag.to")
    DynamicRow toRow(DynamicTag tag, UUID owner, int position);

    @Mapping(target = "interventionId", source = "owner")
    @Mapping(target = "step", source = "index")
    @Mapping(target = "fromLevel", source = "ladderStep.from")
    @Mapping(target = "toLevel", source = "ladderStep.to")
    @Mapping(target = "at", source = "ladderStep.at")
    @Mapping(target = "reason", source = "ladderStep.reason")
    @Mapping(target = "actor", source = "ladderStep.actor")
    @Mapping(target = "decisionAsOf", source = "ladderStep.decision.asOf")
    @Mapping(target = "decisionExitLevel", source = "ladderStep.decision.criteria.exitLevel")
    @Mapping(target = "decisionExitDays", source = "ladderStep.decision.criteria.exitDays")
    @Mapping(target = "decisionCurrentLevel", source = "ladderStep.decision.currentLevel")
    @Mapping(target = "decisionDaysAtOrBelow", source = "ladderStep.decision.daysAtOrBelow")
    @Mapping(target = "decisionBreachDay", source = "ladderStep.decision.lastAbove.day")
    @Mapping(target = "decisionBreachLevel", source = "ladderStep.decision.lastAbove.level")
    @Mapping(target = "justification", source = "ladderStep.justification")
    StepRow toRow(InvolvementStep ladderStep, UUID owner, int index);

    @Mapping(target = "interventionId", source = "owner")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "kind", source = "entry.kind")
    @Mapping(target = "at", source = "entry.at")
    @Mapping(target = "actor", source = "entry.actor")
    @Mapping(target = "note", source = "entry.note")
    @Mapping(target = "subject", source = "entry.subject")
    TimelineRow toRow(TimelineEntry entry, UUID owner, int position);

    Task toTask(TaskRow row);

    @Mapping(target = "from", source = "periodFrom")
    @Mapping(target = "to", source = "periodTo")
    DynamicTag toDynamic(DynamicRow row);

    TimelineEntry toEntry(TimelineRow row);

    default Participant toParticipant(ParticipantRow row) {
        return new Participant(member(row.memberKind(), row.memberId()), row.part());
    }

    default InvolvementStep toStep(StepRow row) {
        RowConversions time = new RowConversions();
        WithdrawalDecision decision = row.decisionAsOf() == null ? null : new WithdrawalDecision(row.decisionAsOf(),
                new ExitCriteria(Level.valueOf(row.decisionExitLevel()), row.decisionExitDays()),
                Level.valueOf(row.decisionCurrentLevel()), row.decisionDaysAtOrBelow(),
                row.decisionBreachDay() == null ? null : new WithdrawalDecision.Breach(row.decisionBreachDay(),
                        Level.valueOf(row.decisionBreachLevel())));
        return new InvolvementStep(row.fromLevel() == null ? null : Involvement.valueOf(row.fromLevel()),
                Involvement.valueOf(row.toLevel()), time.instant(row.at()), row.reason(), new AccountId(row.actor()),
                decision, row.justification());
    }

    /** An intervention from its row and the parts in its child tables. */
    default Intervention.Snapshot toSnapshot(InterventionRow row, Parts parts) {
        RowConversions time = new RowConversions();
        CapacityAssessment capacity = row.capacity() == null ? null : new CapacityAssessment(parts.initiatives(),
                parts.present(), time.instant(row.capacityDrawnAt()), Capacity.valueOf(row.capacity()),
                row.capacityJudgement());
        ExitCriteria exit = row.exitLevel() == null ? null
                : new ExitCriteria(Level.valueOf(row.exitLevel()), row.exitDays());
        Evaluation evaluation = row.outcome() == null ? null : new Evaluation(Outcome.valueOf(row.outcome()),
                row.lessons(), row.followUp(),
                new ScopeTemperature(time.instant(row.startTemperatureAt()), Level.valueOf(row.startTemperatureLevel()),
                        row.startTemperatureScore()),
                new ScopeTemperature(time.instant(row.closeTemperatureAt()), Level.valueOf(row.closeTemperatureLevel()),
                        row.closeTemperatureScore()));
        return new Intervention.Snapshot(new InterventionId(row.id()),
                new Intervention.Description(row.title(), row.goal(), InterventionType.valueOf(row.type())),
                new Scope(parts.buurten(), parts.themes()), parts.signals(), new AccountId(row.owner()),
                parts.participants(), parts.tasks(), capacity, parts.dynamics(), exit, parts.involvement(),
                InterventionStatus.valueOf(row.status()), evaluation, parts.timeline(), row.version());
    }

    default MemberRef member(String kind, UUID id) {
        return new MemberRef(MemberKind.valueOf(kind), id);
    }

    @Named("currentInvolvement")
    default String currentInvolvement(List<InvolvementStep> steps) {
        return steps.get(steps.size() - 1).to().name();
    }

    @Named("plannedAt")
    default OffsetDateTime plannedAt(List<TimelineEntry> timeline) {
        return new RowConversions().timestamp(timeline.get(0).at());
    }

    default UUID uuid(InterventionId id) {
        return id.value();
    }

    default UUID uuid(TaskId id) {
        return id.value();
    }

    default TaskId taskId(UUID id) {
        return new TaskId(id);
    }

    default UUID uuid(DynamicTagId id) {
        return id.value();
    }

    default DynamicTagId dynamicTagId(UUID id) {
        return new DynamicTagId(id);
    }
}
