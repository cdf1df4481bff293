package nl.sleutelnet.adapters.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.ThemeRow;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcThemeRepository implements ThemeRepository {

    private static final String SELECT = "select code, name, description, active, list_position, version from theme";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;

    public JdbcThemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Theme", "theme", "code");
    }

    @Override
    public List<Theme> findAll() {
        return jdbc.sql(SELECT + " order by list_position, code").query(Rows.THEME).list().stream()
                .map(JdbcThemeRepository::toDomain).toList();
    }

    @Override
    public Optional<Theme> findByCode(ThemeCode code) {
        return jdbc.sql(SELECT + " where code = ?").param(code.value()).query(Rows.THEME).optional()
                .map(JdbcThemeRepository::toDomain);
    }

    @Override
    public Theme save(Theme theme) {
        ThemeRow row = RowMapper.INSTANCE.toRow(theme.snapshot());
        optimistic.save(row.code(), row.version(), row,
                """
                insert into theme (code, name, description, active, list_position, version)
                values (:code, :name, :description, :active, :listPosition, :nextVersion)""",
                """
                update theme set name = :name, description = :description, active = :active,
                       list_position = :listPosition, version = :nextVersion
                 where code = :code and version = :version""");
        return findByCode(theme.code()).orElseThrow();
    }

    private static Theme toDomain(ThemeRow row) {
        return Theme.reconstitute(RowMapper.INSTANCE.toSnapshot(row));
    }
}
