package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.TieRow;
import nl.sleutelnet.adapters.persistence.shared.NetworkConflicts;
import nl.sleutelnet.application.port.out.TieRepository;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.network.Tie;
import nl.sleutelnet.domain.network.TieId;
import nl.sleutelnet.domain.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcTieRepository implements TieRepository {

    private static final String SELECT =
            "select id, a_kind, a_id, b_kind, b_id, kind, strength, since, last_contact, version from tie";
    private static final String ORDER = " order by a_kind, a_id, b_kind, b_id";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;
    private final NetworkRowMapper mapper = NetworkRowMapper.INSTANCE;

    public JdbcTieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Tie", "tie", "id");
    }

    @Override
    public Optional<Tie> findById(TieId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Rows.TIE).optional().map(this::toDomain);
    }

    @Override
    public List<Tie> findAll() {
        return jdbc.sql(SELECT + ORDER).query(Rows.TIE).list().stream().map(this::toDomain).toList();
    }

    @Override
    public List<Tie> findByMember(MemberRef member) {
        return jdbc.sql(SELECT + " where (a_kind = :kind and a_id = :id) or (b_kind = :kind and b_id = :id)" + ORDER)
                .param("kind", member.kind().name()).param("id", member.id()).query(Rows.TIE).list().stream()
                .map(this::toDomain).toList();
    }

    @Override
    public Tie save(Tie tie) {
        TieRow row = mapper.toRow(tie.snapshot());
        optimistic.save(row.id(), row.version(), row, """
                insert into tie (id, a_kind, a_id, b_kind, b_id, kind, strength, since, last_contact, version)
                values (:id, :aKind, :aId, :bKind, :bId, :kind, :strength, :since, :lastContact, :nextVersion)""", """
                update tie set kind = :kind, strength = :strength, since = :since, last_contact = :lastContact,
                       version = :nextVersion
                 where id = :id and version = :version""",
                () -> NetworkConflicts.alreadyTied(tie.a(), tie.b()));
        return findById(tie.id()).orElseThrow();
    }

    @Override
    public void delete(TieId id, long expectedVersion) {
        int deleted = jdbc.sql("delete from tie where id = ? and version = ?").param(id.value()).param(expectedVersion)
                .update();
        if (deleted == 0) {
            long current = jdbc.sql("select version from tie where id = ?").param(id.value()).query(Long.class)
                    .optional().orElse(0L);
            throw new StaleVersionException("Tie", id, expectedVersion, current);
        }
    }

    private Tie toDomain(TieRow row) {
        return Tie.reconstitute(mapper.toSnapshot(row));
    }
}
