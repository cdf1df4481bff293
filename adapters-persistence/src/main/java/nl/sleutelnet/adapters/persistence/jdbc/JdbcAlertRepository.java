package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.Optional;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.AlertRow;
import nl.sleutelnet.application.port.out.AlertRepository;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import nl.sleutelnet.domain.temperature.Alert;
import nl.sleutelnet.domain.temperature.AlertId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcAlertRepository implements AlertRepository {

    private static final String SELECT = """
            select id, neighbourhood_code, theme_code, from_level, to_level, score, raised_at, acknowledged_at,
                   acknowledged_by, version
              from temperature_alert""";

    /** Open first, then newest first, then by id: the same order as the memory adapter. */
    private static final String OPEN_FIRST =
            " order by case when acknowledged_at is null then 0 else 1 end, raised_at desc, id";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;

    public JdbcAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Alert", "temperature_alert", "id");
    }

    @Override
    public Optional<Alert> findById(AlertId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Rows.ALERT).optional()
                .map(RowMapper.INSTANCE::toAlert);
    }

    @Override
    public Page<Alert> findAll(PageRequest page) {
        long total = jdbc.sql("select count(*) from temperature_alert").query(Long.class).single();
        return new Page<>(jdbc.sql(SELECT + OPEN_FIRST + " limit :size offset :offset")
                .param("size", page.size()).param("offset", page.offset()).query(Rows.ALERT).list().stream()
                .map(RowMapper.INSTANCE::toAlert).toList(), page.number(), page.size(), total);
    }

    @Override
    public long countOpen() {
        return jdbc.sql("select count(*) from temperature_alert where acknowledged_at is null").query(Long.class)
                .single();
    }

    @Override
    public Alert save(Alert alert) {
        AlertRow row = RowMapper.INSTANCE.toRow(alert);
        optimistic.save(row.id(), row.version(), row,
                """
                insert into temperature_alert (id, neighbourhood_code, theme_code, from_level, to_level, score,
                                               raised_at, acknowledged_at, acknowledged_by, version)
                values (:id, :neighbourhoodCode, :themeCode, :fromLevel, :toLevel, :score, :raisedAt,
                        :acknowledgedAt, :acknowledgedBy, :nextVersion)""",
                """
                update temperature_alert set acknowledged_at = :acknowledgedAt, acknowledged_by = :acknowledgedBy,
                       version = :nextVersion
                 where id = :id and version = :version""");
        return findById(alert.id()).orElseThrow();
    }
}
