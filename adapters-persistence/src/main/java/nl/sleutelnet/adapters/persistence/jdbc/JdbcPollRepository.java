package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Lists;
import com.google.common.collect.MultimapBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.PollRows.InvitationRow;
import nl.sleutelnet.adapters.persistence.jdbc.PollRows.RoundRow;
import nl.sleutelnet.adapters.persistence.shared.PollConflicts;
import nl.sleutelnet.application.port.out.PollRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.poll.PollInvitation;
import nl.sleutelnet.domain.poll.PollRound;
import nl.sleutelnet.domain.poll.PollRoundId;
import nl.sleutelnet.domain.poll.PollRoundStatus;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Poll rounds (their buurten, themes in order, and key persons not invited in child tables) and invitations (their
 * buurten, every link's hash, and the ratings of the answer). The answers of a window are read through the index on
 * {@code answered_at}.
 */
public final class JdbcPollRepository implements PollRepository {

    private static final String ROUND_COLUMNS = """
            r.id, r.opens_at, r.closes_at, r.recurrence, r.occasion, r.status, r.created_at, r.created_by, r.follows,
            r.opened_at, r.closed_at, r.closed_by, r.series_ended, r.version""";
    private static final String INVITATION_COLUMNS = """
            i.id, i.round_id, i.key_person_id, i.token_issued_at, i.expires_at, i.delivery, i.delivery_problem,
            i.mailed_at, i.reminded_at, i.answered_at, i.remark, i.version""";

    private final JdbcClient jdbc;
    private final OptimisticSave optimisticRounds;
    private final OptimisticSave optimisticInvitations;
    private final PollRowMapper mapper = PollRowMapper.INSTANCE;
    private final RowConversions time = new RowConversions();

    public JdbcPollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimisticRounds = new OptimisticSave(jdbc, "Poll round", "poll_round", "id");
        this.optimisticInvitations = new OptimisticSave(jdbc, "Poll invitation", "poll_invitation", "id");
    }

    // --- rounds ---

    @Override
    public Optional<PollRound> findRound(PollRoundId id) {
        return assembleRounds(jdbc.sql("select " + ROUND_COLUMNS + " from poll_round r where r.id = ?")
                .param(id.value()).query(PollRows.ROUND).list()).stream().findFirst();
    }

    @Override
    public Page<PollRound> searchRounds(RoundSearch q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            where.append(" and r.status in (:statuses)");
            params.addValue("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        if (q.within() != null && !q.within().isEmpty()) {
            where.append(" and exists (select 1 from poll_round_neighbourhood w where w.round_id = r.id"
                    + " and w.neighbourhood_code in (:within))");
            params.addValue("within", q.within().stream().map(NeighbourhoodCode::value).toList());
        }
        long total = jdbc.sql("select count(*) from poll_round r" + where).paramSource(params).query(Long.class)
                .single();
        params.addValue("size", q.page().size());
        params.addValue("offset", q.page().offset());
        List<RoundRow> rows = jdbc.sql("select " + ROUND_COLUMNS + " from poll_round r" + where
                + " order by r.opens_at desc, r.id limit :size offset :offset").paramSource(params)
                .query(PollRows.ROUND).list();
        return new Page<>(assembleRounds(rows), q.page().number(), q.page().size(), total);
    }

    @Override
    public List<PollRound> findUnclosedRounds() {
        return assembleRounds(jdbc.sql("select " + ROUND_COLUMNS + " from poll_round r where r.status in (?, ?)"
                + " order by r.opens_at, r.id").param(PollRoundStatus.SCHEDULED.name())
                .param(PollRoundStatus.OPEN.name()).query(PollRows.ROUND).list());
    }

    @Override
    public PollRound saveRound(PollRound round) {
        PollRound.Snapshot snapshot = round.snapshot();
        RoundRow row = mapper.toRow(snapshot);
        optimisticRounds.save(row.id(), row.version(), row, """
                insert into poll_round (id, opens_at, closes_at, recurrence, occasion, status, created_at, created_by,
                    follows, opened_at, closed_at, closed_by, series_ended, version)
                values (:id, :opensAt, :closesAt, :recurrence, :occasion, :status, :createdAt, :createdBy, :follows,
                    :openedAt, :closedAt, :closedBy, :seriesEnded, :nextVersion)""", """
                update poll_round set status = :status, opened_at = :openedAt, closed_at = :closedAt,
                    closed_by = :closedBy, series_ended = :seriesEnded, version = :nextVersion
                 where id = :id and version = :version""");
        UUID id = row.id();
        if (row.version() == 0) {
            for (NeighbourhoodCode code : snapshot.plan().neighbourhoods()) {
                jdbc.sql("insert into poll_round_neighbourhood (round_id, neighbourhood_code) values (?, ?)")
                        .param(id).param(code.value()).update();
            }
            int position = 0;
            for (ThemeCode code : snapshot.plan().themes()) {
                jdbc.sql("insert into poll_round_theme (round_id, position, theme_code) values (?, ?, ?)").param(id)
                        .param(position++).param(code.value()).update();
            }
        }
        jdbc.sql("delete from poll_round_not_invited where round_id = ?").param(id).update();
        for (PollRound.NotInvited n : snapshot.notInvited()) {
            jdbc.sql("insert into poll_round_not_invited (round_id, key_person_id, reason) values (?, ?, ?)")
                    .param(id).param(n.keyPerson().value()).param(n.reason().name()).update();
        }
        return findRound(round.id()).orElseThrow();
    }

    /** Rows plus their buurten, themes and key persons not invited, in three queries for the whole list. */
    private List<PollRound> assembleRounds(List<RoundRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(RoundRow::id).toList();
        ListMultimap<UUID, String> buurten = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select round_id as owner, neighbourhood_code as code from poll_round_neighbourhood"
                + " where round_id in (:ids)").param("ids", ids).query(Rows.CODE).list()
                .forEach(r -> buurten.put(r.owner(), r.code()));
        ListMultimap<UUID, ThemeCode> themes = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select round_id, position, theme_code from poll_round_theme where round_id in (:ids)"
                + " order by round_id, position").param("ids", ids).query(PollRows.ROUND_THEME).list()
                .forEach(r -> themes.put(r.roundId(), ThemeCode.of(r.themeCode())));
        ListMultimap<UUID, PollRound.NotInvited> notInvited = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select round_id, key_person_id, reason from poll_round_not_invited where round_id in (:ids)"
                + " order by round_id, key_person_id").param("ids", ids).query(PollRows.NOT_INVITED).list()
                .forEach(r -> notInvited.put(r.roundId(), new PollRound.NotInvited(new KeyPersonId(r.keyPersonId()),
                        PollRound.Unreachable.valueOf(r.reason()))));
        List<PollRound> result = new ArrayList<>();
        for (RoundRow row : rows) {
            Set<NeighbourhoodCode> codes = new TreeSet<>();
            buurten.get(row.id()).forEach(c -> codes.add(NeighbourhoodCode.of(c)));
            result.add(PollRound.reconstitute(mapper.toSnapshot(row, codes, themes.get(row.id()),
                    notInvited.get(row.id()))));
        }
        return result;
    }

    // --- invitations ---

    @Override
    public List<PollInvitation> findInvitations(PollRoundId round) {
        return assembleInvitations(jdbc.sql("select " + INVITATION_COLUMNS + " from poll_invitation i"
                + " where i.round_id = ? order by i.id").param(round.value()).query(PollRows.INVITATION).list());
    }

    @Override
    public Optional<PollInvitation> findInvitationByTokenHash(String tokenHash) {
        return assembleInvitations(jdbc.sql("select " + INVITATION_COLUMNS + " from poll_invitation i"
                + " join poll_token t on t.invitation_id = i.id where t.token_hash = ?").param(tokenHash)
                .query(PollRows.INVITATION).list()).stream().findFirst();
    }

    private Optional<PollInvitation> findInvitation(UUID id) {
        return assembleInvitations(jdbc.sql("select " + INVITATION_COLUMNS + " from poll_invitation i where i.id = ?")
                .param(id).query(PollRows.INVITATION).list()).stream().findFirst();
    }

    @Override
    public Map<PollRoundId, ResponseCount> responseCounts(Collection<PollRoundId> rounds) {
        Map<PollRoundId, ResponseCount> counts = new HashMap<>();
        if (rounds.isEmpty()) {
            return counts;
        }
        rounds.forEach(r -> counts.put(r, new ResponseCount(0, 0)));
        jdbc.sql("select round_id, count(*) as invited, count(answered_at) as answered from poll_invitation"
                + " where round_id in (:ids) group by round_id")
                .param("ids", rounds.stream().map(PollRoundId::value).toList()).query(PollRows.COUNT).list()
                .forEach(r -> counts.put(new PollRoundId(r.roundId()),
                        new ResponseCount((int) r.invited(), (int) r.answered())));
        return counts;
    }

    @Override
    public PollInvitation saveInvitation(PollInvitation invitation) {
        PollInvitation.Snapshot snapshot = invitation.snapshot();
        InvitationRow row = mapper.toRow(snapshot);
        optimisticInvitations.save(row.id(), row.version(), row, """
                insert into poll_invitation (id, round_id, key_person_id, token_issued_at, expires_at, delivery,
                    delivery_problem, mailed_at, reminded_at, answered_at, remark, version)
                values (:id, :roundId, :keyPersonId, :tokenIssuedAt, :expiresAt, :delivery, :deliveryProblem,
                    :mailedAt, :remindedAt, :answeredAt, :remark, :nextVersion)""", """
                update poll_invitation set key_person_id = :keyPersonId, token_issued_at = :tokenIssuedAt, delivery = :delivery,
                    delivery_problem = :deliveryProblem, mailed_at = :mailedAt, reminded_at = :remindedAt,
                    answered_at = :answeredAt, remark = :remark, version = :nextVersion
                 where id = :id and version = :version""",
                () -> PollConflicts.alreadyInvited(snapshot.keyPerson(), snapshot.round()));
        UUID id = row.id();
        if (row.version() == 0) {
            for (NeighbourhoodCode code : snapshot.neighbourhoods()) {
                jdbc.sql("insert into poll_invitation_neighbourhood (invitation_id, neighbourhood_code)"
                        + " values (?, ?)").param(id).param(code.value()).update();
            }
        }
        int storedTokens = jdbc.sql("select count(*) from poll_token where invitation_id = ?").param(id)
                .query(Integer.class).single();
        for (int position = storedTokens; position < snapshot.tokenHashes().size(); position++) {
            jdbc.sql("insert into poll_token (token_hash, invitation_id, position) values (?, ?, ?)")
                    .param(snapshot.tokenHashes().get(position)).param(id).param(position).update();
        }
        if (snapshot.answer() != null) {
            int storedRatings = jdbc.sql("select count(*) from poll_rating where invitation_id = ?").param(id)
                    .query(Integer.class).single();
            if (storedRatings == 0) {
                snapshot.answer().ratings().forEach((theme, rating) -> jdbc.sql(
                        "insert into poll_rating (invitation_id, theme_code, rating) values (?, ?, ?)").param(id)
                        .param(theme.value()).param(rating).update());
            }
        }
        return findInvitation(id).orElseThrow();
    }

    /** Rows plus their buurten, link hashes and ratings, in three queries for the whole list. */
    private List<PollInvitation> assembleInvitations(List<InvitationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(InvitationRow::id).toList();
        ListMultimap<UUID, String> buurten = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select invitation_id as owner, neighbourhood_code as code from poll_invitation_neighbourhood"
                + " where invitation_id in (:ids)").param("ids", ids).query(Rows.CODE).list()
                .forEach(r -> buurten.put(r.owner(), r.code()));
        ListMultimap<UUID, String> hashes = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select invitation_id, position, token_hash from poll_token where invitation_id in (:ids)"
                + " order by invitation_id, position").param("ids", ids).query(PollRows.TOKEN).list()
                .forEach(r -> hashes.put(r.invitationId(), r.tokenHash()));
        Map<UUID, Map<ThemeCode, Integer>> ratings = new HashMap<>();
        jdbc.sql("select invitation_id, theme_code, rating from poll_rating where invitation_id in (:ids)")
                .param("ids", ids).query(PollRows.RATING).list()
                .forEach(r -> ratings.computeIfAbsent(r.invitationId(), k -> new LinkedHashMap<>())
                        .put(ThemeCode.of(r.themeCode()), r.rating()));
        List<PollInvitation> result = new ArrayList<>();
        for (InvitationRow row : rows) {
            Set<NeighbourhoodCode> codes = new TreeSet<>();
            buurten.get(row.id()).forEach(c -> codes.add(NeighbourhoodCode.of(c)));
            result.add(PollInvitation.reconstitute(mapper.toSnapshot(row, codes, hashes.get(row.id()),
                    ratings.getOrDefault(row.id(), Map.of()))));
        }
        return result;
    }

    // --- what the temperature reads ---

    @Override
    public List<PollEvidence> answeredSince(Instant from) {
        return evidence("", new MapSqlParameterSource("from", time.timestamp(from)));
    }

    @Override
    public List<PollEvidence> answeredSince(Instant from, Set<NeighbourhoodCode> buurten, Set<ThemeCode> themes) {
        if (buurten.isEmpty() || themes.isEmpty()) {
            return List.of();
        }
        return evidence(" and n.neighbourhood_code in (:buurten) and r.theme_code in (:themes)",
                new MapSqlParameterSource("from", time.timestamp(from))
                        .addValue("buurten", buurten.stream().map(NeighbourhoodCode::value).toList())
                        .addValue("themes", themes.stream().map(ThemeCode::value).toList()));
    }

    private List<PollEvidence> evidence(String cells, MapSqlParameterSource params) {
        return jdbc.sql("""
                select i.id as invitation_id, i.key_person_id, n.neighbourhood_code, r.theme_code, r.rating,
                    i.answered_at
                  from poll_invitation i
                  join poll_invitation_neighbourhood n on n.invitation_id = i.id
                  join poll_rating r on r.invitation_id = i.id
                 where i.answered_at >= :from""" + cells + """

                 order by i.answered_at, i.id, n.neighbourhood_code, r.theme_code""")
                .paramSource(params).query(PollRows.EVIDENCE).list().stream()
                .map(r -> new PollEvidence(r.invitationId(), r.keyPersonId(), NeighbourhoodCode.of(r.neighbourhoodCode()),
                        ThemeCode.of(r.themeCode()), r.rating(), time.instant(r.answeredAt())))
                .toList();
    }

    @Override
    public Map<UUID, AnswerRound> roundsOf(Collection<UUID> answerIds) {
        Map<UUID, AnswerRound> found = new HashMap<>();
        for (List<UUID> chunk : Lists.partition(List.copyOf(answerIds), 500)) {
            jdbc.sql("""
                    select i.id, r.id as round_id, r.occasion
                      from poll_invitation i join poll_round r on r.id = i.round_id
                     where i.id in (:ids)""").param("ids", chunk)
                    .query((rs, n) -> found.put(rs.getObject("id", UUID.class),
                            new AnswerRound(rs.getObject("round_id", UUID.class), rs.getString("occasion"))))
                    .list();
        }
        return found;
    }

    @Override
    public List<PollInvitation> findInvitationsOf(KeyPersonId keyPerson) {
        return assembleInvitations(jdbc.sql("select " + INVITATION_COLUMNS + " from poll_invitation i"
                + " where i.key_person_id = ? order by i.id").param(keyPerson.value()).query(PollRows.INVITATION)
                .list());
    }

    @Override
    public List<PollRound> findRoundsNotInviting(KeyPersonId keyPerson) {
        return assembleRounds(jdbc.sql("select " + ROUND_COLUMNS + " from poll_round r where exists (select 1 from"
                + " poll_round_not_invited n where n.round_id = r.id and n.key_person_id = ?) order by r.id")
                .param(keyPerson.value()).query(PollRows.ROUND).list());
    }
}
