package nl.sleutelnet.adapters.persistence.jdbc.migration;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.sleutelnet.domain.theme.DefaultThemes;
import nl.sleutelnet.domain.theme.Theme;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The default themes of a new installation (the same list the memory adapter starts with). */
public class V3__Default_themes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into theme (code, name, description, active, list_position, version)
                values (?, ?, ?, ?, ?, 1)""")) {
            for (Theme theme : DefaultThemes.all()) {
                insert.setString(1, theme.code().value());
                insert.setString(2, theme.name());
                insert.setString(3, theme.description());
                insert.setBoolean(4, theme.active());
                insert.setInt(5, theme.position());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
