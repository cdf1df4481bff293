package nl.sleutelnet.adapters.persistence.jdbc;

import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * A {@link DataClassRowMapper} that looks a record component up by its snake_case column name first
 * ({@code trackingCode} → {@code tracking_code}) and only then by the name in lower case. The plain mapper tries the
 * lower-case name first; for every component of more than one word the driver then throws an
 * {@link java.sql.SQLException} (with a stack trace) before the second try finds the column, once per component and
 * row. That made reading a few thousand signals take seconds (seen in the intake load test, docs/performance.md).
 * Both names are still tried, so what is mapped does not change.
 */
final class SnakeCaseRowMapper<T> extends DataClassRowMapper<T> {

    SnakeCaseRowMapper(Class<T> mappedClass) {
        super(mappedClass);
    }

    /** The first name the mapper asks the result set for: the snake_case one. */
    @Override
    protected String lowerCaseName(String name) {
        return super.underscoreName(name);
    }

    /** The second name, asked only when the first is not a column: the name in lower case. */
    @Override
    protected String underscoreName(String name) {
        return super.lowerCaseName(name);
    }
}
