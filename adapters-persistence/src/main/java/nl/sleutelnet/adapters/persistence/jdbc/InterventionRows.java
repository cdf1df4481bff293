package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.DataClassRowMapper;

/** The rows of the intervention tables, named and typed as the columns are (see {@link Rows}). */
final class InterventionRows {

    static final DataClassRowMapper<InterventionRow> INTERVENTION = new SnakeCaseRowMapper<>(InterventionRow.class);
    static final DataClassRowMapper<LinkRow> LINK = new SnakeCaseRowMapper<>(LinkRow.class);
    static final DataClassRowMapper<ParticipantRow> PARTICIPANT = new SnakeCaseRowMapper<>(ParticipantRow.class);
    static final DataClassRowMapper<TaskRow> TASK = new SnakeCaseRowMapper<>(TaskRow.class);
    static final DataClassRowMapper<InitiativeRow> INITIATIVE = new SnakeCaseRowMapper<>(InitiativeRow.class);
    static final DataClassRowMapper<PresentMemberRow> PRESENT_MEMBER = new SnakeCaseRowMapper<>(PresentMemberRow.class);
    static final DataClassRowMapper<DynamicRow> DYNAMIC = new SnakeCaseRowMapper<>(DynamicRow.class);
    static final DataClassRowMapper<StepRow> STEP = new SnakeCaseRowMapper<>(StepRow.class);
    static final DataClassRowMapper<TimelineRow> TIMELINE = new SnakeCaseRowMapper<>(TimelineRow.class);

    private InterventionRows() {
    }

    record InterventionRow(UUID id, String title, String goal, String type, UUID owner, String status,
            String involvement, OffsetDateTime plannedAt, String capacity, String capacityJudgement,
            OffsetDateTime capacityDrawnAt, String exitLevel, Integer exitDays, String outcome, String lessons,
            String followUp, OffsetDateTime startTemperatureAt, String startTemperatureLevel,
            Double startTemperatureScore, OffsetDateTime closeTemperatureAt, String closeTemperatureLevel,
            Double closeTemperatureScore, long version) {
    }

    /** A row of a child table that links the intervention to another id (a signal). */
    record LinkRow(UUID owner, UUID linked) {
    }

    record ParticipantRow(UUID interventionId, int position, String memberKind, UUID memberId, String part) {
    }

    record TaskRow(UUID interventionId, UUID id, int position, String description, UUID assignee, LocalDate due,
            OffsetDateTime doneAt, UUID doneBy) {
    }

    record InitiativeRow(UUID interventionId, int position, String initiative) {
    }

    record PresentMemberRow(UUID interventionId, String memberKind, UUID memberId) {
    }

    record DynamicRow(UUID interventionId, UUID id, int position, String role, String dynamic, LocalDate periodFrom,
            LocalDate periodTo) {
    }

    record StepRow(UUID interventionId, int step, String fromLevel, String toLevel, OffsetDateTime at, String reason,
            UUID actor, LocalDate decisionAsOf, String decisionExitLevel, Integer decisionExitDays,
            String decisionCurrentLevel, Integer decisionDaysAtOrBelow, LocalDate decisionBreachDay,
            String decisionBreachLevel, String justification) {
    }

    record TimelineRow(UUID interventionId, int position, String kind, OffsetDateTime at, UUID actor, String note,
            UUID subject) {
    }
}
