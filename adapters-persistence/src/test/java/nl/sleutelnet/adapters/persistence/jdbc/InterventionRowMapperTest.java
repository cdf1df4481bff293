package nl.sleutelnet.adapters.persistence.jdbc;

import static nl.sleutelnet.domain.testdata.InterventionBuilder.COORDINATOR;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.STARTED_AT;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.anIntervention;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.concat;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.days;
import static nl.sleutelnet.domain.testdata.InterventionBuilder.series;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRowMapper.Parts;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.InterventionRow;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.intervention.DynamicTag;
import nl.sleutelnet.domain.intervention.DynamicTagId;
import nl.sleutelnet.domain.intervention.Evaluation;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Outcome;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.intervention.PolarisationRole;
import nl.sleutelnet.domain.intervention.ScopeTemperature;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.TaskId;
import nl.sleutelnet.domain.intervention.TimelineEntry;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.temperature.Level;
import org.junit.jupiter.api.Test;

/** Intervention rows there and back again: planned (every optional part empty) and closed (every part filled). */
class InterventionRowMapperTest {

    private final InterventionRowMapper mapper = InterventionRowMapper.INSTANCE;

    @Test
    void interventionsInEveryState() {
        AccountId professional = new AccountId(new UUID(8, 8));
        TaskId task = new TaskId(UUID.randomUUID());
        Instant t = STARTED_AT.plusSeconds(3600);
        Intervention planned = anIntervention().in("BU09350207", "BU09350208").about("wij-zij", "religie").build();
        Intervention started = anIntervention().in("BU09350207", "BU09350208").about("wij-zij", "religie").started()
                .build();
        Intervention closed = started
                .addParticipant(new Participant(MemberRef.partner(new UUID(2, 2)), "Zaal"), t, COORDINATOR)
                .addTask(task, "Zaal reserveren", professional, LocalDate.of(2026, 3, 5), t, COORDINATOR)
                .addTask(new TaskId(UUID.randomUUID()), "Verslag", professional, LocalDate.of(2026, 3, 6), t,
                        COORDINATOR)
                .completeTask(task, "Gedaan", t, professional)
                .tagDynamic(new DynamicTag(new DynamicTagId(UUID.randomUUID()), PolarisationRole.JOINER,
                        "Jongeren sluiten zich aan", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)), t,
                        COORDINATOR)
                .tagDynamic(new DynamicTag(new DynamicTagId(UUID.randomUUID()), PolarisationRole.BRIDGE_BUILDER,
                        "De moedergroep verbindt", LocalDate.of(2026, 3, 1), null), t, COORDINATOR)
                .changeInvolvement(Involvement.MONITOR, "Afschalen", t, COORDINATOR)
                .withdraw(series(started.scope(), LocalDate.of(2026, 3, 20),
                        concat(days(Level.HEATED, 3), days(Level.TENSE, 10), days(Level.CALM, 2))), "Terug",
                        "De wijkagent blijft", t.plusSeconds(60), COORDINATOR)
                .close(new Evaluation(Outcome.UNKNOWN, "Lessen", "Vervolg",
                        new ScopeTemperature(STARTED_AT, Level.HEATED, 6.5),
                        new ScopeTemperature(t.plusSeconds(120), Level.TENSE, 2.25)), t.plusSeconds(120),
                        COORDINATOR);
        assertThat(closed.involvementSteps().get(2).justified()).isTrue();

        for (Intervention intervention : List.of(planned, started, closed)) {
            Intervention.Snapshot s = intervention.snapshot();
            UUID id = s.id().value();
            InterventionRow row = mapper.toRow(s);
            assertThat(row.involvement()).isEqualTo(intervention.involvement().name());
            assertThat(row.plannedAt().toInstant()).isEqualTo(intervention.plannedAt());
            List<Participant> participants = new ArrayList<>();
            for (int i = 0; i < s.participants().size(); i++) {
                participants.add(mapper.toParticipant(mapper.toRow(s.participants().get(i), id, i)));
            }
            List<Task> tasks = s.tasks().stream().map(x -> mapper.toTask(mapper.toRow(x, id, 0))).toList();
            List<DynamicTag> dynamics = s.dynamics().stream().map(x -> mapper.toDynamic(mapper.toRow(x, id, 0)))
                    .toList();
            List<InvolvementStep> steps = s.involvement().stream().map(x -> mapper.toStep(mapper.toRow(x, id, 0)))
                    .toList();
            List<TimelineEntry> timeline = s.timeline().stream().map(x -> mapper.toEntry(mapper.toRow(x, id, 0)))
                    .toList();
            assertThat(participants).isEqualTo(s.participants());
            assertThat(tasks).isEqualTo(s.tasks());
            assertThat(dynamics).isEqualTo(s.dynamics());
            assertThat(steps).isEqualTo(s.involvement());
            assertThat(timeline).isEqualTo(s.timeline());
            Parts parts = Parts.of(s);
            assertThat(mapper.toSnapshot(row, new Parts(parts.buurten(), parts.themes(), parts.signals(),
                    participants, tasks, parts.initiatives(), parts.present(), dynamics, steps, timeline)))
                    .isEqualTo(s);
        }
    }
}
