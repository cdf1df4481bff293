package nl.sleutelnet.adapters.persistence.jdbc.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import nl.sleutelnet.adapters.persistence.reference.GeoJson;
import nl.sleutelnet.adapters.persistence.reference.MaastrichtRegister;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.Neighbourhood;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads Maastricht's 7 wijken and 44 buurten from the GeoJSON shipped with this module. */
public class V2__Maastricht_register extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        MaastrichtRegister register = MaastrichtRegister.load();
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into district (code, name, outline) values (?, ?, ?)")) {
            for (District d : register.districts()) {
                insert.setString(1, d.code().value());
                insert.setString(2, d.name());
                insert.setString(3, GeoJson.write(d.outline()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into neighbourhood (code, district_code, name, inhabitants, inhabitants_year, outline)
                values (?, ?, ?, ?, ?, ?)""")) {
            for (Neighbourhood n : register.neighbourhoods()) {
                insert.setString(1, n.code().value());
                insert.setString(2, n.district().value());
                insert.setString(3, n.name());
                setInteger(insert, 4, n.inhabitants());
                setInteger(insert, 5, n.inhabitantsYear());
                insert.setString(6, GeoJson.write(n.outline()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
