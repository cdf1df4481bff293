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

    /** Row locks on the buurten's register rows (select … for update, in code order), released at commit. */
    @Override
    public void holdForTemperatureWatch(Collection<NeighbourhoodCode> buurten) {
        if (buurten.isEmpty()) {
            return;
        }
        jdbc.sql("select code from neighbourhood where code in (:codes) order by code for update")
                .param("codes", buurten.stream().map(NeighbourhoodCode::value).distinct().sorted().toList())
                .query(String.class).list();
    }
}
