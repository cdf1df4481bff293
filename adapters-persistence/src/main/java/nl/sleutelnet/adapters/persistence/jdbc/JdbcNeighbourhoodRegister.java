package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.domain.geography.District;
import nl.sleutelnet.domain.geography.DistrictCode;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register as the migrations loaded it. It is reference data that does not change while the application
 * runs, so it is read once and kept. Its rows double as the locks of the temperature watch
 * ({@link #holdForTemperatureWatch}): nothing else writes them, so holding one blocks only another watch of that buurt.
 */
public final class JdbcNeighbourhoodRegister implements NeighbourhoodRegister {

    private final JdbcClient jdbc;
    private final Supplier<List<District>> districts;
    private final Supplier<List<Neighbourhood>> neighbourhoods;

    public JdbcNeighbourhoodRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.districts = Suppliers.memoize(() -> jdbc.sql("select code, name, outline from district order by code")
                .query(Rows.DISTRICT).list().stream().map(RowMapper.INSTANCE::toDistrict).toList());
        this.neighbourhoods = Suppliers.memoize(() -> jdbc.sql("""
                select code, district_code, name, inhabitants, inhabitants_year, outline
                  from neighbourhood order by code""")
                .query(Rows.NEIGHBOURHOOD).list().stream().map(RowMapper.INSTANCE::toNeighbourhood).toList());
    }

    @Override
    public List<District> districts() {
        return districts.get();
    }

    @Override
    public Optional<District> district(DistrictCode code) {
        return districts().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    public List<Neighbourhood> neighbourhoods() {
        return neighbourhoods.get();
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code) {
        return neighbourhoods().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /**
     * A row lock on each buurt's register row, buurt by buurt in code order, released at commit. The lock is taken with
     * an update that changes nothing ({@code set name = name}) rather than {@code select … for update}: on PostgreSQL an
     * update of a column that is not a key takes the weaker "no key update" lock, which does not wait for the "key
     * share" locks that inserting rows that refer to the buurt (a signal's buurten, a poll's answers) takes on it; with
     * {@code for update} two reports about one buurt each held the other's key share and waited for it (a deadlock). On
     * H2 it is an ordinary row lock.
     */
    @Override
    public void holdForTemperatureWatch(Collection<NeighbourhoodCode> buurten) {
        buurten.stream().map(NeighbourhoodCode::value).distinct().sorted().forEach(code ->
                jdbc.sql("update neighbourhood set name = name where code = :code").param("code", code).update());
    }
}
