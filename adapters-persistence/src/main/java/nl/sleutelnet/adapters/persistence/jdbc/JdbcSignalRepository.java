package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Lists;
import com.google.common.collect.MultimapBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.SignalRow;
import nl.sleutelnet.adapters.persistence.shared.NetworkConflicts;
import nl.sleutelnet.application.port.out.SignalRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.Sighting;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalEvent;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signals in a main row (with the moment they were last observed, indexed, so the temperature reads only its
 * window), buurten and themes in child tables, sightings, and an append-only history.
 */
public final class JdbcSignalRepository implements SignalRepository {

    private static final String COLUMNS = """
            s.id, s.tracking_code, s.reporter_kind, s.reporter_id, s.reporter_label, s.how_obtained, s.intensity,
            s.description, s.observed_at, s.received_at, s.last_observed_at, s.assignee, s.status, s.reliability,
            s.interpretation, s.assessed_at, s.assessed_by, s.intervention_id, s.no_action_reason, s.version""";
    private static final String ORDER = " order by s.received_at desc, s.id";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;
    private final SignalRowMapper mapper = SignalRowMapper.INSTANCE;
    private final RowConversions time = new RowConversions();

    public JdbcSignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Signal", "signal", "id");
    }

    @Override
    public Optional<Signal> findById(SignalId id) {
        return one("s.id = ?", id.value());
    }

    @Override
    public List<Signal> findAllById(Collection<SignalId> ids) {
        List<UUID> wanted = ids.stream().map(SignalId::value).distinct().toList();
        Map<UUID, SignalRow> rows = new HashMap<>();
        for (List<UUID> chunk : Lists.partition(wanted, ID_CHUNK)) {
            jdbc.sql("select " + COLUMNS + " from signal s where s.id in (:ids)").param("ids", chunk)
                    .query(Rows.SIGNAL).list().forEach(row -> rows.put(row.id(), row));
        }
        return assemble(wanted.stream().map(rows::get).filter(Objects::nonNull).toList());
    }

    @Override
    public Optional<KeyedSignal> findByRequestKey(AccountId account, String key) {
        return jdbc.sql("select signal_id, fingerprint from signal_request_key where account_id = ? and request_key = ?")
                .param(account.value()).param(key)
                .query((rs, n) -> new KeyedSignal(new SignalId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .optional();
    }

    /**
     * The key is inserted before the signal, in the same transaction. A concurrent request with the same key waits on
     * the primary key until the first commits and then fails here (PostgreSQL and H2 report a duplicate key, or H2 a
     * lock it could not get) before it stored anything.
     */
    @Override
    public Signal saveNew(Signal signal, RequestKey key) {
        try {
            jdbc.sql("""
                    insert into signal_request_key (account_id, request_key, fingerprint, signal_id)
                    values (?, ?, ?, ?)""").param(key.account().value()).param(key.key()).param(key.fingerprint())
                    .param(signal.id().value()).update();
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw NetworkConflicts.requestKeyTaken(key.key());
        }
        return save(signal);
    }

    @Override
    public Optional<Signal> findByTrackingCode(TrackingCode code) {
        return one("s.tracking_code = ?", code.value());
    }

    private Optional<Signal> one(String condition, Object value) {
        return jdbc.sql("select " + COLUMNS + " from signal s where " + condition).param(value).query(Rows.SIGNAL)
                .optional().map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public Page<Signal> search(Search q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            where.append(" and s.status in (:statuses)");
            params.addValue("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        if (q.neighbourhood() != null) {
            where.append(" and exists (select 1 from signal_neighbourhood n where n.signal_id = s.id"
                    + " and n.neighbourhood_code = :buurt)");
            params.addValue("buurt", q.neighbourhood().value());
        }
        if (q.theme() != null) {
            where.append(" and exists (select 1 from signal_theme t where t.signal_id = s.id and t.theme_code = :theme)");
            params.addValue("theme", q.theme().value());
        }
        if (q.assignee() != null) {
            where.append(" and s.assignee = :assignee");
            params.addValue("assignee", q.assignee().value());
        }
        if (q.intensity() != null) {
            where.append(" and s.intensity = :intensity");
            params.addValue("intensity", q.intensity());
        }
        if (q.receivedBefore() != null) {
            where.append(" and s.received_at < :before");
            params.addValue("before", time.timestamp(q.receivedBefore()));
        }
        if (q.within() != null && !q.within().isEmpty()) {
            where.append(" and exists (select 1 from signal_neighbourhood w where w.signal_id = s.id"
                    + " and w.neighbourhood_code in (:within))");
            params.addValue("within", q.within().stream().map(NeighbourhoodCode::value).toList());
        }
        long total = jdbc.sql("select count(*) from signal s" + where).paramSource(params).query(Long.class).single();
        params.addValue("size", q.page().size());
        params.addValue("offset", q.page().offset());
        List<SignalRow> rows = jdbc.sql("select " + COLUMNS + " from signal s" + where + ORDER
                + " limit :size offset :offset").paramSource(params).query(Rows.SIGNAL).list();
        return new Page<>(assemble(rows), q.page().number(), q.page().size(), total);
    }

    @Override
    public List<Signal> findObservedSince(Instant since) {
        return assemble(jdbc.sql("select " + COLUMNS + " from signal s where s.last_observed_at >= ?" + ORDER)
                .param(time.timestamp(since)).query(Rows.SIGNAL).list());
    }

    /**
     * Every cell of the window's signals: their evidence columns through the index on {@code last_observed_at}, then
     * their buurten, themes and sightings' reporters by lists of ids (in chunks), so that each database looks up the
     * window's rows by key. One join, as {@link #evidenceObservedSince(Instant, Set, Set)} makes for a few cells, lets
     * the planner choose otherwise for the whole window: PostgreSQL with a million signals of history hashed all of
     * {@code signal_neighbourhood} (449 ms against 8 ms at 10,000), and H2 given a list of every buurt started from
     * that list's index. No descriptions or history are read and no whole signal is built.
     */
    @Override
    public List<SignalEvidence> evidenceObservedSince(Instant since) {
        Map<UUID, EvidenceParts> bySignal = new LinkedHashMap<>();
        jdbc.sql("select s.id, s.intensity, s.reliability, s.observed_at, s.last_observed_at, s.reporter_kind,"
                + " s.reporter_id, s.reporter_label from signal s where s.last_observed_at >= ?" + ORDER)
                .param(time.timestamp(since)).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    bySignal.put(id, parts(id, rs));
                });
        if (bySignal.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = List.copyOf(bySignal.keySet());
        for (List<UUID> chunk : Lists.partition(ids, ID_CHUNK)) {
            ListMultimap<UUID, String> buurten = codes("signal_neighbourhood", "neighbourhood_code", chunk);
            ListMultimap<UUID, String> themes = codes("signal_theme", "theme_code", chunk);
            for (UUID id : chunk) {
                EvidenceParts parts = bySignal.get(id);
                for (String buurt : new TreeSet<>(buurten.get(id))) {
                    for (String theme : new TreeSet<>(themes.get(id))) {
                        parts.cells.add(Map.entry(NeighbourhoodCode.of(buurt), ThemeCode.of(theme)));
                    }
                }
            }
            jdbc.sql("select signal_id, position, reporter_kind, reporter_id, reporter_label from signal_sighting"
                    + " where signal_id in (:ids)").param("ids", chunk).query(rs -> {
                        bySignal.get(rs.getObject("signal_id", UUID.class)).sightings.putIfAbsent(
                                rs.getInt("position"), mapper.reporter(rs.getString("reporter_kind"),
                                        rs.getObject("reporter_id", UUID.class), rs.getString("reporter_label")));
                    });
        }
        return evidence(bySignal);
    }

    /** Ids per {@code in} list: well under PostgreSQL's 32,767 parameters, whatever the window holds. */
    static final int ID_CHUNK = 1_000;

    /** A signal's evidence columns from the current row (named as in {@code signal}). */
    private EvidenceParts parts(UUID id, java.sql.ResultSet rs) throws java.sql.SQLException {
        String reliability = rs.getString("reliability");
        return new EvidenceParts(id, rs.getInt("intensity"),
                reliability == null ? Reliability.UNKNOWN : Reliability.valueOf(reliability),
                time.instant(rs.getObject("observed_at", OffsetDateTime.class)),
                time.instant(rs.getObject("last_observed_at", OffsetDateTime.class)),
                mapper.reporter(rs.getString("reporter_kind"), rs.getObject("reporter_id", UUID.class),
                        rs.getString("reporter_label")));
    }

    /** Each signal's evidence about each of its cells, in the order of the signals. */
    private static List<SignalEvidence> evidence(Map<UUID, EvidenceParts> bySignal) {
        List<SignalEvidence> evidence = new ArrayList<>();
        for (EvidenceParts parts : bySignal.values()) {
            int sources = Signal.independentSources(parts.reporter, List.copyOf(parts.sightings.values()));
            for (Map.Entry<NeighbourhoodCode, ThemeCode> cell : parts.cells) {
                evidence.add(new SignalEvidence(parts.id, cell.getKey(), cell.getValue(), parts.intensity,
                        parts.reliability, sources, parts.observedAt, parts.lastObservedAt));
            }
        }
        return evidence;
    }

    /**
     * One query: the signal's evidence columns joined with the cells asked for, and the reporters of its sightings (a
     * row per sighting) to count the independent sources the way the domain does. No descriptions are read, so no
     * whole signal is built and no free text is screened again. It starts from the index on the buurt and the moment
     * last observed ({@code signal_neighbourhood_window}, V17), so that it reads the asked buurten's signals inside the
     * window and nothing else, however long the history.
     */
    @Override
    public List<SignalEvidence> evidenceObservedSince(Instant since, Set<NeighbourhoodCode> buurten,
            Set<ThemeCode> themes) {
        if (buurten.isEmpty() || themes.isEmpty()) {
            return List.of();
        }
        Map<UUID, EvidenceParts> bySignal = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, n.neighbourhood_code, t.theme_code, s.intensity, s.reliability, s.observed_at,
                    s.last_observed_at, s.reporter_kind, s.reporter_id, s.reporter_label, g.position,
                    g.reporter_kind as sighting_kind, g.reporter_id as sighting_reporter,
                    g.reporter_label as sighting_label
                from signal_neighbourhood n
                join signal s on s.id = n.signal_id
                join signal_theme t on t.signal_id = n.signal_id and t.theme_code in (:themes)
                left join signal_sighting g on g.signal_id = n.signal_id
                where n.neighbourhood_code in (:buurten) and n.last_observed_at >= :since""" + ORDER
                        + ", n.neighbourhood_code, t.theme_code, g.position")
                .param("since", time.timestamp(since))
                .param("buurten", buurten.stream().map(NeighbourhoodCode::value).toList())
                .param("themes", themes.stream().map(ThemeCode::value).toList())
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    EvidenceParts parts = bySignal.get(id);
                    if (parts == null) {
                        parts = parts(id, rs);
                        bySignal.put(id, parts);
                    }
                    parts.cells.add(Map.entry(NeighbourhoodCode.of(rs.getString("neighbourhood_code")),
                            ThemeCode.of(rs.getString("theme_code"))));
                    int position = rs.getInt("position");
                    if (!rs.wasNull()) {
                        parts.sightings.putIfAbsent(position, mapper.reporter(rs.getString("sighting_kind"),
                                rs.getObject("sighting_reporter", UUID.class), rs.getString("sighting_label")));
                    }
                });
        return evidence(bySignal);
    }

    /** One signal's rows of {@link #evidenceObservedSince}: its cells and its sightings' reporters by position. */
    private static final class EvidenceParts {

        final UUID id;
        final int intensity;
        final Reliability reliability;
        final Instant observedAt;
        final Instant lastObservedAt;
        final Reporter reporter;
        final Set<Map.Entry<NeighbourhoodCode, ThemeCode>> cells = new LinkedHashSet<>();
        final SortedMap<Integer, Reporter> sightings = new TreeMap<>();

        EvidenceParts(UUID id, int intensity, Reliability reliability, Instant observedAt, Instant lastObservedAt,
                Reporter reporter) {
            this.id = id;
            this.intensity = intensity;
            this.reliability = reliability;
            this.observedAt = observedAt;
            this.lastObservedAt = lastObservedAt;
            this.reporter = reporter;
        }
    }

    @Override
    public Signal save(Signal signal) {
        Signal.Snapshot snapshot = signal.snapshot();
        SignalRow row = mapper.toRow(snapshot, signal.lastObservedAt());
        optimistic.save(row.id(), row.version(), row, """
                insert into signal (id, tracking_code, reporter_kind, reporter_id, reporter_label, how_obtained,
                    intensity, description, observed_at, received_at, last_observed_at, assignee, status, reliability,
                    interpretation, assessed_at, assessed_by, intervention_id, no_action_reason, version)
                values (:id, :trackingCode, :reporterKind, :reporterId, :reporterLabel, :howObtained, :intensity,
                    :description, :observedAt, :receivedAt, :lastObservedAt, :assignee, :status, :reliability,
                    :interpretation, :assessedAt, :assessedBy, :interventionId, :noActionReason, :nextVersion)""", """
                update signal set reporter_id = :reporterId, reporter_label = :reporterLabel,
                    description = :description, last_observed_at = :lastObservedAt, assignee = :assignee, status = :status,
                    reliability = :reliability, interpretation = :interpretation, assessed_at = :assessedAt,
                    assessed_by = :assessedBy, intervention_id = :interventionId,
                    no_action_reason = :noActionReason, version = :nextVersion
                 where id = :id and version = :version""", () -> NetworkConflicts.trackingCodeTaken(row.trackingCode()));
        UUID id = row.id();
        if (row.version() == 0) {
            for (NeighbourhoodCode code : snapshot.report().neighbourhoods()) {
                jdbc.sql("insert into signal_neighbourhood (signal_id, neighbourhood_code, last_observed_at)"
                        + " values (?, ?, ?)").param(id).param(code.value()).param(row.lastObservedAt()).update();
            }
            for (ThemeCode code : snapshot.report().themes()) {
                jdbc.sql("insert into signal_theme (signal_id, theme_code) values (?, ?)").param(id)
                        .param(code.value()).update();
            }
        }
        // a new signal has nothing stored yet: no need to count
        boolean isNew = row.version() == 0;
        if (!isNew) {
            // the buurten's copy of the moment last observed, which a sighting moves (V17): read by the watch
            jdbc.sql("update signal_neighbourhood set last_observed_at = ? where signal_id = ? and last_observed_at <> ?")
                    .param(row.lastObservedAt()).param(id).param(row.lastObservedAt()).update();
        }
        appendSightings(id, snapshot.sightings(), isNew ? 0 : count("signal_sighting", id));
        appendHistory(id, snapshot.history(), isNew ? 0 : count("signal_event", id));
        // what was written is what a read gives back (the contract tests compare both): no need to read it again
        return signal.withVersion(row.version() + 1);
    }

    /**
     * Sightings and history only grow; of the stored ones only the reporter and the note can change (an erasure or a
     * retention term forgets them), and those are written again.
     */
    private void appendSightings(UUID owner, List<Sighting> sightings, int stored) {
        for (int i = 0; i < stored && i < sightings.size(); i++) {
            Sighting s = sightings.get(i);
            jdbc.sql("update signal_sighting set reporter_id = ?, reporter_label = ?, note = ?"
                    + " where signal_id = ? and position = ?").param(s.reporter().id()).param(s.reporter().label())
                    .param(s.note()).param(owner).param(i).update();
        }
        for (int i = stored; i < sightings.size(); i++) {
            jdbc.sql("""
                    insert into signal_sighting (id, signal_id, position, reporter_kind, reporter_id, reporter_label,
                        how_obtained, observed_at, received_at, note)
                    values (:id, :signalId, :position, :reporterKind, :reporterId, :reporterLabel, :howObtained,
                        :observedAt, :receivedAt, :note)""")
                    .paramSource(OptimisticSave.parametersOf(mapper.toRow(sightings.get(i), owner, i))).update();
        }
    }

    private void appendHistory(UUID owner, List<SignalEvent> history, int stored) {
        for (int step = 0; step < stored && step < history.size(); step++) {
            if (history.get(step).note().isEmpty()) {
                jdbc.sql("update signal_event set note = '' where signal_id = ? and step = ? and note <> ''")
                        .param(owner).param(step).update();
            }
        }
        for (int step = stored; step < history.size(); step++) {
            jdbc.sql("insert into signal_event (signal_id, step, kind, at, actor, note)"
                    + " values (:signalId, :step, :kind, :at, :actor, :note)")
                    .paramSource(OptimisticSave.parametersOf(mapper.toRow(history.get(step), owner, step))).update();
        }
    }

    private int count(String table, UUID owner) {
        return jdbc.sql("select count(*) from " + table + " where signal_id = ?").param(owner).query(Integer.class)
                .single();
    }

    /**
     * Rows plus their buurten, themes, sightings and history, in four queries per {@value #ID_CHUNK} signals: one
     * {@code in} list of every id would fail on PostgreSQL once a list ({@link #findObservedSince} in a busy city, or
     * many ids asked for) holds more than 32,767 signals.
     */
    private List<Signal> assemble(List<SignalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        ListMultimap<UUID, String> buurten = MultimapBuilder.hashKeys().arrayListValues().build();
        ListMultimap<UUID, String> themes = MultimapBuilder.hashKeys().arrayListValues().build();
        ListMultimap<UUID, Sighting> sightings = MultimapBuilder.hashKeys().arrayListValues().build();
        ListMultimap<UUID, SignalEvent> history = MultimapBuilder.hashKeys().arrayListValues().build();
        for (List<UUID> ids : Lists.partition(rows.stream().map(SignalRow::id).toList(), ID_CHUNK)) {
            buurten.putAll(codes("signal_neighbourhood", "neighbourhood_code", ids));
            themes.putAll(codes("signal_theme", "theme_code", ids));
            jdbc.sql("select id, signal_id, position, reporter_kind, reporter_id, reporter_label, how_obtained,"
                    + " observed_at, received_at, note from signal_sighting where signal_id in (:ids)"
                    + " order by signal_id, position").param("ids", ids).query(Rows.SIGHTING).list()
                    .forEach(r -> sightings.put(r.signalId(), mapper.toSighting(r)));
            jdbc.sql("select signal_id, step, kind, at, actor, note from signal_event where signal_id in (:ids)"
                    + " order by signal_id, step").param("ids", ids).query(Rows.SIGNAL_EVENT).list()
                    .forEach(r -> history.put(r.signalId(), mapper.toEvent(r)));
        }
        List<Signal> result = new ArrayList<>();
        for (SignalRow row : rows) {
            Set<NeighbourhoodCode> codes = new TreeSet<>();
            buurten.get(row.id()).forEach(c -> codes.add(NeighbourhoodCode.of(c)));
            Set<ThemeCode> themeCodes = new LinkedHashSet<>();
            themes.get(row.id()).forEach(c -> themeCodes.add(ThemeCode.of(c)));
            result.add(Signal.reconstitute(mapper.toSnapshot(row, codes, themeCodes, sightings.get(row.id()),
                    history.get(row.id()))));
        }
        return result;
    }

    private ListMultimap<UUID, String> codes(String table, String column, List<UUID> ids) {
        ListMultimap<UUID, String> codes = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select signal_id as owner, " + column + " as code from " + table + " where signal_id in (:ids)")
                .param("ids", ids).query(Rows.CODE).list().forEach(r -> codes.put(r.owner(), r.code()));
        return codes;
    }

    @Override
    public List<Signal> findByReporter(UUID reporterId) {
        return assemble(jdbc.sql("select " + COLUMNS + " from signal s where s.reporter_id = :id or exists (select 1"
                + " from signal_sighting g where g.signal_id = s.id and g.reporter_id = :id)" + ORDER)
                .param("id", reporterId).query(Rows.SIGNAL).list());
    }
}
