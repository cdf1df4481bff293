package nl.sleutelnet.adapters.persistence.jdbc;

import java.lang.reflect.RecordComponent;
import java.util.function.Supplier;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Insert-or-update with a version column: version 0 inserts, any other version updates only the row that still
 * has it. Both store {@code :nextVersion}. When no row matched, someone else saved first: the caller gets a
 * {@link StaleVersionException} and nothing is changed.
 */
final class OptimisticSave {

    private final JdbcClient jdbc;
    private final String what;
    private final String table;
    private final String keyColumn;

    OptimisticSave(JdbcClient jdbc, String what, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.what = what;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    void save(Object key, long version, Object row, String insertSql, String updateSql) {
        save(key, version, row, insertSql, updateSql, () -> null);
    }

    /**
     * @param otherConflict what a unique-key violation on insert means when the key itself is free (e.g. a taken
     *                      username); null to treat it as a stale insert
     */
    void save(Object key, long version, Object row, String insertSql, String updateSql,
            Supplier<DomainException> otherConflict) {
        MapSqlParameterSource params = parametersOf(row);
        params.addValue("nextVersion", version + 1);
        int updated;
        try {
            updated = jdbc.sql(version == 0 ? insertSql : updateSql).paramSource(params).update();
        } catch (DuplicateKeyException e) {
            long current = currentVersion(key);
            if (current == 0) {
                DomainException conflict = otherConflict.get();
                throw conflict != null ? conflict : DomainException.conflict("storage.duplicate",
                        "%s %s clashes with one already stored on a value that must be unique.", what, key);
            }
            throw new StaleVersionException(what, key, version, current);
        }
        if (updated == 0) {
            throw new StaleVersionException(what, key, version, currentVersion(key));
        }
    }

    /** The components of a row record, by name. */
    static MapSqlParameterSource parametersOf(Object row) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        try {
            for (RecordComponent component : row.getClass().getRecordComponents()) {
                params.addValue(component.getName(), component.getAccessor().invoke(row));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read row " + row.getClass().getSimpleName(), e);
        }
        return params;
    }

    private long currentVersion(Object key) {
        return jdbc.sql("select version from " + table + " where " + keyColumn + " = ?").param(key)
                .query(Long.class).optional().orElse(0L);
    }
}
