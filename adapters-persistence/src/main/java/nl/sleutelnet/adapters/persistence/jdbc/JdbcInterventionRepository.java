package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRowMapper.Parts;
import nl.sleutelnet.adapters.persistence.jdbc.InterventionRows.InterventionRow;
import nl.sleutelnet.application.port.out.InterventionRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.DynamicTag;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InvolvementStep;
import nl.sleutelnet.domain.intervention.Participant;
import nl.sleutelnet.domain.intervention.Task;
import nl.sleutelnet.domain.intervention.TimelineEntry;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interventions in a main row (with the current involvement and the moment of planning, so the board filters and
 * orders in SQL) and child tables for the scope, signals, participants, tasks, the capacity assessment's initiatives
 * and members present, tagged dynamics, the involvement ladder and the timeline.
 *
 * <p>A save first updates the main row where the version still matches (so a stale save changes nothing and a
 * concurrent one waits for the row), then rewrites each child table whose contents changed (delete and insert, in the
 * caller's transaction) and appends the new steps and timeline entries, which are never rewritten.
 */
public final class JdbcInterventionRepository implements InterventionRepository {

    private static final String COLUMNS = """
            i.id, i.title, i.goal, i.type, i.owner, i.status, i.involvement, i.planned_at, i.capacity,
            i.capacity_judgement, i.capacity_drawn_at, i.exit_level, i.exit_days, i.outcome, i.lessons, i.follow_up,
            i.start_temperature_at, i.start_temperature_level, i.start_temperature_score, i.close_temperature_at,
            i.close_temperature_level, i.close_temperature_score, i.version""";
    /** Most recently planned first, then id: the order of the memory adapter ({@code MemoryInterventionRepository}). */
    private static final String ORDER = " order by i.planned_at desc, i.id";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;
    private final InterventionRowMapper mapper = InterventionRowMapper.INSTANCE;

    public JdbcInterventionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Intervention", "intervention", "id");
    }

    @Override
    public Optional<Intervention> findById(InterventionId id) {
        return assemble(jdbc.sql("select " + COLUMNS + " from intervention i where i.id = ?").param(id.value())
                .query(InterventionRows.INTERVENTION).list()).stream().findFirst();
    }

    @Override
    public Page<Intervention> search(Search q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            where.append(" and i.status in (:statuses)");
            params.addValue("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        if (q.involvement() != null) {
            where.append(" and i.involvement = :involvement");
            params.addValue("involvement", q.involvement().name());
        }
        if (q.neighbourhood() != null) {
            where.append(" and exists (select 1 from intervention_neighbourhood n where n.intervention_id = i.id"
                    + " and n.neighbourhood_code = :buurt)");
            params.addValue("buurt", q.neighbourhood().value());
        }
        if (q.theme() != null) {
            where.append(" and exists (select 1 from intervention_theme t where t.intervention_id = i.id"
                    + " and t.theme_code = :theme)");
            params.addValue("theme", q.theme().value());
        }
        if (q.owner() != null) {
            where.append(" and i.owner = :owner");
            params.addValue("owner", q.owner().value());
        }
        if (q.visibleTo() != null) {
            // VisibleTo.sees: they own it, its scope holds one of their buurten, or a task is assigned to them
            where.append(" and (i.owner = :viewer or exists (select 1 from intervention_task v"
                    + " where v.intervention_id = i.id and v.assignee = :viewer)");
            params.addValue("viewer", q.visibleTo().account().value());
            if (!q.visibleTo().buurten().isEmpty()) {
                where.append(" or exists (select 1 from intervention_neighbourhood w where w.intervention_id = i.id"
                        + " and w.neighbourhood_code in (:viewerBuurten))");
                params.addValue("viewerBuurten", q.visibleTo().buurten().stream().map(NeighbourhoodCode::value)
                        .sorted().toList());
            }
            where.append(")");
        }
        long total = jdbc.sql("select count(*) from intervention i" + where).paramSource(params).query(Long.class)
                .single();
        params.addValue("size", q.page().size());
        params.addValue("offset", q.page().offset());
        List<InterventionRow> rows = jdbc.sql("select " + COLUMNS + " from intervention i" + where + ORDER
                + " limit :size offset :offset").paramSource(params).query(InterventionRows.INTERVENTION).list();
        return new Page<>(assemble(rows), q.page().number(), q.page().size(), total);
    }

    @Override
    public List<Intervention> findBySignal(SignalId signal) {
        return assemble(jdbc.sql("select " + COLUMNS + " from intervention i where exists (select 1 from"
                + " intervention_signal s where s.intervention_id = i.id and s.signal_id = ?)" + ORDER)
                .param(signal.value()).query(InterventionRows.INTERVENTION).list());
    }

    @Override
    public Intervention save(Intervention intervention) {
        Intervention.Snapshot snapshot = intervention.snapshot();
        InterventionRow row = mapper.toRow(snapshot);
        optimistic.save(row.id(), row.version(), row, """
                insert into intervention (id, title, goal, type, owner, status, involvement, planned_at, capacity,
                    capacity_judgement, capacity_drawn_at, exit_level, exit_days, outcome, lessons, follow_up,
                    start_temperature_at, start_temperature_level, start_temperature_score, close_temperature_at,
                    close_temperature_level, close_temperature_score, version)
                values (:id, :title, :goal, :type, :owner, :status, :involvement, :plannedAt, :capacity,
                    :capacityJudgement, :capacityDrawnAt, :exitLevel, :exitDays, :outcome, :lessons, :followUp,
                    :startTemperatureAt, :startTemperatureLevel, :startTemperatureScore, :closeTemperatureAt,
                    :closeTemperatureLevel, :closeTemperatureScore, :nextVersion)""", """
                update intervention set title = :title, goal = :goal, type = :type, owner = :owner, status = :status,
                    involvement = :involvement, capacity = :capacity, capacity_judgement = :capacityJudgement,
                    capacity_drawn_at = :capacityDrawnAt, exit_level = :exitLevel, exit_days = :exitDays,
                    outcome = :outcome, lessons = :lessons, follow_up = :followUp,
                    start_temperature_at = :startTemperatureAt, start_temperature_level = :startTemperatureLevel,
                    start_temperature_score = :startTemperatureScore, close_temperature_at = :closeTemperatureAt,
                    close_temperature_level = :closeTemperatureLevel, close_temperature_score = :closeTemperatureScore,
                    version = :nextVersion
                 where id = :id and version = :version""");
        UUID id = row.id();
        // read after the version check: the row is ours now, so the stored parts cannot change under us
        Parts stored = row.version() == 0 ? Parts.NONE : parts(List.of(id)).get(id);
        Parts wanted = Parts.of(snapshot);
        if (!stored.buurten().equals(wanted.buurten())) {
            replace("intervention_neighbourhood", id, new TreeSet<>(wanted.buurten()), (code, i) -> jdbc.sql(
                    "insert into intervention_neighbourhood (intervention_id, neighbourhood_code) values (?, ?)")
                    .param(id).param(code.value()).update());
        }
        if (!stored.themes().equals(wanted.themes())) {
            replace("intervention_theme", id, List.copyOf(wanted.themes()), (code, i) -> jdbc.sql(
                    "insert into intervention_theme (intervention_id, theme_code) values (?, ?)").param(id)
                    .param(code.value()).update());
        }
        if (!stored.signals().equals(wanted.signals())) {
            replace("intervention_signal", id, List.copyOf(wanted.signals()), (signal, i) -> jdbc.sql(
                    "insert into intervention_signal (intervention_id, signal_id) values (?, ?)").param(id)
                    .param(signal.value()).update());
        }
        if (!stored.participants().equals(wanted.participants())) {
            replace("intervention_participant", id, wanted.participants(), (p, i) -> jdbc.sql("""
                    insert into intervention_participant (intervention_id, position, member_kind, member_id, part)
                    values (:interventionId, :position, :memberKind, :memberId, :part)""")
                    .paramSource(OptimisticSave.parametersOf(mapper.toRow(p, id, i))).update());
        }
        if (!stored.tasks().equals(wanted.tasks())) {
            replace("intervention_task", id, wanted.tasks(), (t, i) -> jdbc.sql("""
                    insert into intervention_task (intervention_id, id, position, description, assignee, due, done_at,
                        done_by)
                    values (:interventionId, :id, :position, :description, :assignee, :due, :doneAt, :doneBy)""")
                    .paramSource(OptimisticSave.parametersOf(mapper.toRow(t, id, i))).update());
        }
        if (!stored.initiatives().equals(wanted.initiatives())) {
            replace("intervention_initiative", id, wanted.initiatives(), (text, i) -> jdbc.sql(
                    "insert into intervention_initiative (intervention_id, position, initiative) values (?, ?, ?)")
                    .param(id).param(i).param(text).update());
        }
        if (!stored.present().equals(wanted.present())) {
            replace("intervention_present_member", id, new TreeSet<>(wanted.present()), (m, i) -> jdbc.sql(
                    "insert into intervention_present_member (intervention_id, member_kind, member_id) values (?, ?, ?)")
                    .param(id).param(m.kind().name()).param(m.id()).update());
        }
        if (!stored.dynamics().equals(wanted.dynamics())) {
            replace("intervention_dynamic", id, wanted.dynamics(), (d, i) -> jdbc.sql("""
                    insert into intervention_dynamic (intervention_id, id, position, role, dynamic, period_from,
                        period_to)
                    values (:interventionId, :id, :position, :role, :dynamic, :periodFrom, :periodTo)""")
                    .paramSource(OptimisticSave.parametersOf(mapper.toRow(d, id, i))).update());
        }
        append(stored.involvement(), wanted.involvement(), "steps", (s, i) -> jdbc.sql("""
                insert into intervention_step (intervention_id, step, from_level, to_level, at, reason, actor,
                    decision_as_of, decision_exit_level, decision_exit_days, decision_current_level,
                    decision_days_at_or_below, decision_breach_day, decision_breach_level, justification)
                values (:interventionId, :step, :fromLevel, :toLevel, :at, :reason, :actor, :decisionAsOf,
                    :decisionExitLevel, :decisionExitDays, :decisionCurrentLevel, :decisionDaysAtOrBelow,
                    :decisionBreachDay, :decisionBreachLevel, :justification)""")
                .paramSource(OptimisticSave.parametersOf(mapper.toRow(s, id, i))).update());
        if (wanted.timeline().size() >= stored.timeline().size()
                && !wanted.timeline().subList(0, stored.timeline().size()).equals(stored.timeline())) {
            // an erasure or a retention term forgot who or what an entry was about: the entries are written again
            jdbc.sql("delete from intervention_timeline where intervention_id = ?").param(id).update();
            stored = stored.withTimeline(List.of());
        }
        append(stored.timeline(), wanted.timeline(), "timeline entries", (e, i) -> jdbc.sql("""
                insert into intervention_timeline (intervention_id, position, kind, at, actor, note, subject)
                values (:interventionId, :position, :kind, :at, :actor, :note, :subject)""")
                .paramSource(OptimisticSave.parametersOf(mapper.toRow(e, id, i))).update());
        return findById(intervention.id()).orElseThrow();
    }

    private <T> void replace(String table, UUID owner, Iterable<T> values, BiFunction<T, Integer, Integer> insert) {
        jdbc.sql("delete from " + table + " where intervention_id = ?").param(owner).update();
        int position = 0;
        for (T value : values) {
            insert.apply(value, position++);
        }
    }

    /** Steps and entries only grow: what is stored is never rewritten. */
    private static <T> void append(List<T> stored, List<T> wanted, String what,
            BiFunction<T, Integer, Integer> insert) {
        if (wanted.size() < stored.size() || !wanted.subList(0, stored.size()).equals(stored)) {
            throw new IllegalStateException("the stored " + what + " of an intervention are never rewritten");
        }
        for (int i = stored.size(); i < wanted.size(); i++) {
            insert.apply(wanted.get(i), i);
        }
    }

    /** Rows plus their parts, in ten queries for the whole list. */
    private List<Intervention> assemble(List<InterventionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var parts = parts(rows.stream().map(InterventionRow::id).toList());
        List<Intervention> result = new ArrayList<>();
        for (InterventionRow row : rows) {
            result.add(Intervention.reconstitute(mapper.toSnapshot(row, parts.get(row.id()))));
        }
        return result;
    }

    private Map<UUID, Parts> parts(List<UUID> ids) {
        ListMultimap<UUID, NeighbourhoodCode> buurten = multimap();
        jdbc.sql("select intervention_id as owner, neighbourhood_code as code from intervention_neighbourhood"
                + " where intervention_id in (:ids)").param("ids", ids).query(Rows.CODE).list()
                .forEach(r -> buurten.put(r.owner(), NeighbourhoodCode.of(r.code())));
        ListMultimap<UUID, ThemeCode> themes = multimap();
        jdbc.sql("select intervention_id as owner, theme_code as code from intervention_theme"
                + " where intervention_id in (:ids)").param("ids", ids).query(Rows.CODE).list()
                .forEach(r -> themes.put(r.owner(), ThemeCode.of(r.code())));
        ListMultimap<UUID, SignalId> signals = multimap();
        jdbc.sql("select intervention_id as owner, signal_id as linked from intervention_signal"
                + " where intervention_id in (:ids)").param("ids", ids).query(InterventionRows.LINK).list()
                .forEach(r -> signals.put(r.owner(), new SignalId(r.linked())));
        ListMultimap<UUID, Participant> participants = multimap();
        jdbc.sql("select intervention_id, position, member_kind, member_id, part from intervention_participant"
                + " where intervention_id in (:ids) order by intervention_id, position").param("ids", ids)
                .query(InterventionRows.PARTICIPANT).list()
                .forEach(r -> participants.put(r.interventionId(), mapper.toParticipant(r)));
        ListMultimap<UUID, Task> tasks = multimap();
        jdbc.sql("select intervention_id, id, position, description, assignee, due, done_at, done_by"
                + " from intervention_task where intervention_id in (:ids) order by intervention_id, position")
                .param("ids", ids).query(InterventionRows.TASK).list()
                .forEach(r -> tasks.put(r.interventionId(), mapper.toTask(r)));
        ListMultimap<UUID, String> initiatives = multimap();
        jdbc.sql("select intervention_id, position, initiative from intervention_initiative"
                + " where intervention_id in (:ids) order by intervention_id, position").param("ids", ids)
                .query(InterventionRows.INITIATIVE).list()
                .forEach(r -> initiatives.put(r.interventionId(), r.initiative()));
        ListMultimap<UUID, MemberRef> present = multimap();
        jdbc.sql("select intervention_id, member_kind, member_id from intervention_present_member"
                + " where intervention_id in (:ids)").param("ids", ids).query(InterventionRows.PRESENT_MEMBER).list()
                .forEach(r -> present.put(r.interventionId(), mapper.member(r.memberKind(), r.memberId())));
        ListMultimap<UUID, DynamicTag> dynamics = multimap();
        jdbc.sql("select intervention_id, id, position, role, dynamic, period_from, period_to"
                + " from intervention_dynamic where intervention_id in (:ids) order by intervention_id, position")
                .param("ids", ids).query(InterventionRows.DYNAMIC).list()
                .forEach(r -> dynamics.put(r.interventionId(), mapper.toDynamic(r)));
        ListMultimap<UUID, InvolvementStep> steps = multimap();
        jdbc.sql("""
                select intervention_id, step, from_level, to_level, at, reason, actor, decision_as_of,
                    decision_exit_level, decision_exit_days, decision_current_level, decision_days_at_or_below,
                    decision_breach_day, decision_breach_level, justification
                  from intervention_step where intervention_id in (:ids) order by intervention_id, step""")
                .param("ids", ids).query(InterventionRows.STEP).list()
                .forEach(r -> steps.put(r.interventionId(), mapper.toStep(r)));
        ListMultimap<UUID, TimelineEntry> timeline = multimap();
        jdbc.sql("select intervention_id, position, kind, at, actor, note, subject from intervention_timeline"
                + " where intervention_id in (:ids) order by intervention_id, position").param("ids", ids)
                .query(InterventionRows.TIMELINE).list()
                .forEach(r -> timeline.put(r.interventionId(), mapper.toEntry(r)));
        Map<UUID, Parts> result = new HashMap<>();
        for (UUID id : ids) {
            result.put(id, new Parts(new HashSet<>(buurten.get(id)), new HashSet<>(themes.get(id)),
                    new HashSet<>(signals.get(id)), participants.get(id), tasks.get(id), initiatives.get(id),
                    new HashSet<>(present.get(id)), dynamics.get(id), steps.get(id), timeline.get(id)));
        }
        return result;
    }

    private static <T> ListMultimap<UUID, T> multimap() {
        return MultimapBuilder.hashKeys().arrayListValues().build();
    }

    @Override
    public List<Intervention> findInvolving(MemberRef member) {
        return assemble(jdbc.sql("select " + COLUMNS + " from intervention i where exists (select 1 from"
                + " intervention_participant p where p.intervention_id = i.id and p.member_kind = :kind"
                + " and p.member_id = :id) or exists (select 1 from intervention_present_member m where"
                + " m.intervention_id = i.id and m.member_kind = :kind and m.member_id = :id) or exists (select 1"
                + " from intervention_timeline t where t.intervention_id = i.id and t.subject = :id)" + ORDER)
                .param("kind", member.kind().name()).param("id", member.id())
                .query(InterventionRows.INTERVENTION).list());
    }
}
