package nl.sleutelnet.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.out.ProgrammeRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.programme.Cost;
import nl.sleutelnet.domain.programme.FundingLine;
import nl.sleutelnet.domain.programme.Money;
import nl.sleutelnet.domain.programme.Programme;
import nl.sleutelnet.domain.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Programmes in three tables: the programme (with its version), its funding lines and its costs, each in the order
 * recorded. A save replaces the lines and costs of the programme whose version it checked.
 */
public final class JdbcProgrammeRepository implements ProgrammeRepository {

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;

    public JdbcProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Programme", "programme", "id");
    }

    record ProgrammeRow(UUID id, String name, long version) {
    }

    @Override
    public Optional<Programme> findById(ProgrammeId id) {
        return jdbc.sql("select id, name, version from programme where id = ?").param(id.value())
                .query((rs, n) -> new ProgrammeRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getLong("version")))
                .optional().map(this::load);
    }

    @Override
    public List<Programme> findAll() {
        return jdbc.sql("select id, name, version from programme order by name, id")
                .query((rs, n) -> new ProgrammeRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getLong("version")))
                .list().stream().map(this::load).toList();
    }

    @Override
    public Programme save(Programme programme) {
        ProgrammeRow row = new ProgrammeRow(programme.id().value(), programme.name(), programme.version());
        optimistic.save(row.id(), row.version(), row,
                "insert into programme (id, name, version) values (:id, :name, :nextVersion)",
                "update programme set name = :name, version = :nextVersion where id = :id and version = :version");
        UUID id = programme.id().value();
        jdbc.sql("delete from programme_funding_line where programme_id = ?").param(id).update();
        jdbc.sql("delete from programme_cost where programme_id = ?").param(id).update();
        int position = 0;
        for (FundingLine line : programme.fundingLines()) {
            jdbc.sql("""
                    insert into programme_funding_line (id, programme_id, position, source, purpose, from_year,
                                                        to_year, amount_per_year_cents, decision)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(line.id(), id, position++, line.source(), line.purpose(), line.fromYear(), line.toYear(),
                            line.perYear().cents(), line.decision())
                    .update();
        }
        position = 0;
        for (Cost cost : programme.costs()) {
            jdbc.sql("""
                    insert into programme_cost (id, programme_id, position, date_from, date_to, amount_cents,
                                                description, intervention_id, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(cost.id(), id, position++, cost.from(), cost.to(), cost.amount().cents(),
                            cost.description(), cost.intervention(),
                            OffsetDateTime.ofInstant(cost.recordedAt(), ZoneOffset.UTC), cost.recordedBy().value())
                    .update();
        }
        return findById(programme.id()).orElseThrow();
    }

    private Programme load(ProgrammeRow row) {
        List<FundingLine> lines = jdbc.sql("""
                select id, source, purpose, from_year, to_year, amount_per_year_cents, decision
                  from programme_funding_line where programme_id = ? order by position""")
                .param(row.id()).query(JdbcProgrammeRepository::line).list();
        List<Cost> costs = jdbc.sql("""
                select id, date_from, date_to, amount_cents, description, intervention_id, recorded_at, recorded_by
                  from programme_cost where programme_id = ? order by position""")
                .param(row.id()).query(JdbcProgrammeRepository::cost).list();
        return Programme.reconstitute(new Programme.Snapshot(new ProgrammeId(row.id()), row.name(), lines, costs,
                row.version()));
    }

    private static FundingLine line(ResultSet rs, int n) throws SQLException {
        return new FundingLine(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("purpose"),
                rs.getInt("from_year"), rs.getInt("to_year"), new Money(rs.getLong("amount_per_year_cents")),
                rs.getString("decision"));
    }

    private static Cost cost(ResultSet rs, int n) throws SQLException {
        return new Cost(rs.getObject("id", UUID.class), rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_to", LocalDate.class), new Money(rs.getLong("amount_cents")),
                rs.getString("description"), rs.getObject("intervention_id", UUID.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                new AccountId(rs.getObject("recorded_by", UUID.class)));
    }
}
