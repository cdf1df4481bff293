package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.CodeRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.KeyPersonRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.StatusChangeRow;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.network.StatusChange;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key persons in a main row, their buurten and themes in child tables (so lists can be filtered in SQL), and their
 * history in an append-only table of steps.
 */
public final class JdbcKeyPersonRepository implements KeyPersonRepository {

    private static final String COLUMNS = """
            k.id, k.display_name, k.email, k.phone, k.reach, k.languages, k.contact_person, k.notes, k.last_contact,
            k.legal_ground, k.legal_recorded_on, k.legal_purposes, k.legal_how_given, k.legal_reference,
            k.legal_withdrawn_on, k.nominated_by_kind, k.nominated_by_id, k.nomination_motivation, k.status, k.version""";
    private static final String ORDER = " order by lower(k.display_name), k.id";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;
    private final NetworkRowMapper mapper = NetworkRowMapper.INSTANCE;

    public JdbcKeyPersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Key person", "key_person", "id");
    }

    @Override
    public Optional<KeyPerson> findById(KeyPersonId id) {
        return jdbc.sql("select " + COLUMNS + " from key_person k where k.id = ?").param(id.value())
                .query(Rows.KEY_PERSON).optional().map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<KeyPerson> findAll() {
        return assemble(jdbc.sql("select " + COLUMNS + " from key_person k" + ORDER).query(Rows.KEY_PERSON).list());
    }

    @Override
    public Page<KeyPerson> search(Search search) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (search.neighbourhood() != null) {
            where.append(" and exists (select 1 from key_person_neighbourhood n where n.key_person_id = k.id"
                    + " and n.neighbourhood_code = :buurt)");
            params.addValue("buurt", search.neighbourhood().value());
        }
        if (search.theme() != null) {
            where.append(" and exists (select 1 from key_person_theme t where t.key_person_id = k.id"
                    + " and t.theme_code = :theme)");
            params.addValue("theme", search.theme().value());
        }
        if (search.status() != null) {
            where.append(" and k.status = :status");
            params.addValue("status", search.status().name());
        }
        if (search.within() != null && !search.within().isEmpty()) {
            where.append(" and exists (select 1 from key_person_neighbourhood w where w.key_person_id = k.id"
                    + " and w.neighbourhood_code in (:within))");
            params.addValue("within", search.within().stream().map(NeighbourhoodCode::value).toList());
        }
        if (search.text() != null) {
            where.append(" and (lower(k.display_name) like :text escape '!'"
                    + " or lower(coalesce(k.email, '')) like :text escape '!')");
            String literal = search.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            params.addValue("text", "%" + literal + "%");
        }
        long total = jdbc.sql("select count(*) from key_person k" + where).paramSource(params).query(Long.class)
                .single();
        params.addValue("size", search.page().size());
        params.addValue("offset", search.page().offset());
        List<KeyPersonRow> rows = jdbc.sql("select " + COLUMNS + " from key_person k" + where + ORDER
                + " limit :size offset :offset").paramSource(params).query(Rows.KEY_PERSON).list();
        return new Page<>(assemble(rows), search.page().number(), search.page().size(), total);
    }

    @Override
    public KeyPerson save(KeyPerson keyPerson) {
        KeyPerson.Snapshot snapshot = keyPerson.snapshot();
        KeyPersonRow row = mapper.toRow(snapshot);
        optimistic.save(row.id(), row.version(), row, """
                insert into key_person (id, display_name, email, phone, reach, languages, contact_person, notes,
                    last_contact, legal_ground, legal_recorded_on, legal_purposes, legal_how_given, legal_reference,
                    legal_withdrawn_on, nominated_by_kind, nominated_by_id, nomination_motivation, status, version)
                values (:id, :displayName, :email, :phone, :reach, :languages, :contactPerson, :notes, :lastContact,
                    :legalGround, :legalRecordedOn, :legalPurposes, :legalHowGiven, :legalReference, :legalWithdrawnOn,
                    :nominatedByKind, :nominatedById, :nominationMotivation, :status, :nextVersion)""", """
                update key_person set display_name = :displayName, email = :email, phone = :phone, reach = :reach,
                    languages = :languages, contact_person = :contactPerson, notes = :notes,
                    last_contact = :lastContact, legal_ground = :legalGround, legal_recorded_on = :legalRecordedOn,
                    legal_purposes = :legalPurposes, legal_how_given = :legalHowGiven,
                    legal_reference = :legalReference, legal_withdrawn_on = :legalWithdrawnOn,
                    nominated_by_kind = :nominatedByKind, nominated_by_id = :nominatedById,
                    nomination_motivation = :nominationMotivation, status = :status, version = :nextVersion
                 where id = :id and version = :version""");
        UUID id = row.id();
        replaceCodes("key_person_neighbourhood", "neighbourhood_code", id,
                snapshot.profile().neighbourhoods().stream().map(NeighbourhoodCode::value).toList());
        replaceCodes("key_person_theme", "theme_code", id,
                snapshot.profile().themes().stream().map(ThemeCode::value).toList());
        appendHistory(id, snapshot.history());
        if (keyPerson.isErased()) {
            // the one rewrite of the history: an erasure keeps the steps and dates, not the reasons
            jdbc.sql("update key_person_status_change set reason = ? where key_person_id = ?")
                    .param(KeyPerson.ERASED_REASON).param(id).update();
        }
        return findById(keyPerson.id()).orElseThrow();
    }

    private void replaceCodes(String table, String column, UUID owner, List<String> codes) {
        jdbc.sql("delete from " + table + " where key_person_id = ?").param(owner).update();
        for (String code : codes) {
            jdbc.sql("insert into " + table + " (key_person_id, " + column + ") values (?, ?)").param(owner)
                    .param(code).update();
        }
    }

    /** The history only grows: steps already stored are never rewritten. */
    private void appendHistory(UUID owner, List<StatusChange> history) {
        int stored = jdbc.sql("select count(*) from key_person_status_change where key_person_id = ?").param(owner)
                .query(Integer.class).single();
        for (int step = stored; step < history.size(); step++) {
            jdbc.sql("""
                    insert into key_person_status_change (key_person_id, step, from_status, to_status, changed_at,
                        reason, actor)
                    values (:keyPersonId, :step, :fromStatus, :toStatus, :changedAt, :reason, :actor)""")
                    .paramSource(OptimisticSave.parametersOf(mapper.toRow(history.get(step), owner, step))).update();
        }
    }

    /** Rows plus their buurten, themes and history, read in three queries for the whole list. */
    private List<KeyPerson> assemble(List<KeyPersonRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(KeyPersonRow::id).toList();
        ListMultimap<UUID, String> buurten = codes("key_person_neighbourhood", "neighbourhood_code", ids);
        ListMultimap<UUID, String> themes = codes("key_person_theme", "theme_code", ids);
        ListMultimap<UUID, StatusChange> history = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select key_person_id, step, from_status, to_status, changed_at, reason, actor"
                + " from key_person_status_change where key_person_id in (:ids) order by key_person_id, step")
                .param("ids", ids).query(Rows.STATUS_CHANGE).list()
                .forEach(r -> history.put(r.keyPersonId(), mapper.toStatusChange(r)));
        List<KeyPerson> result = new ArrayList<>();
        for (KeyPersonRow row : rows) {
            Set<NeighbourhoodCode> codes = new TreeSet<>();
            buurten.get(row.id()).forEach(c -> codes.add(NeighbourhoodCode.of(c)));
            Set<ThemeCode> themeCodes = new java.util.LinkedHashSet<>();
            themes.get(row.id()).forEach(c -> themeCodes.add(ThemeCode.of(c)));
            result.add(KeyPerson.reconstitute(mapper.toSnapshot(row, codes, themeCodes, history.get(row.id()))));
        }
        return result;
    }

    private ListMultimap<UUID, String> codes(String table, String column, List<UUID> ids) {
        ListMultimap<UUID, String> codes = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select key_person_id as owner, " + column + " as code from " + table
                + " where key_person_id in (:ids)").param("ids", ids).query(Rows.CODE).list()
                .forEach((CodeRow r) -> codes.put(r.owner(), r.code()));
        return codes;
    }
}
