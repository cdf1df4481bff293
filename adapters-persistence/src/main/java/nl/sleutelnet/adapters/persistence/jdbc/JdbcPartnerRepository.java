package nl.sleutelnet.adapters.persistence.jdbc;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.PartnerRow;
import nl.sleutelnet.application.port.out.PartnerRepository;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.network.Partner;
import nl.sleutelnet.domain.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcPartnerRepository implements PartnerRepository {

    private static final String SELECT = "select id, name, kind, email, phone, notes, active, version from partner";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;
    private final NetworkRowMapper mapper = NetworkRowMapper.INSTANCE;

    public JdbcPartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Partner", "partner", "id");
    }

    @Override
    public Optional<Partner> findById(PartnerId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(Rows.PARTNER).optional()
                .map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<Partner> findAll() {
        return assemble(jdbc.sql(SELECT + " order by lower(name), id").query(Rows.PARTNER).list());
    }

    @Override
    public Partner save(Partner partner) {
        PartnerRow row = mapper.toRow(partner.snapshot());
        optimistic.save(row.id(), row.version(), row, """
                insert into partner (id, name, kind, email, phone, notes, active, version)
                values (:id, :name, :kind, :email, :phone, :notes, :active, :nextVersion)""", """
                update partner set name = :name, kind = :kind, email = :email, phone = :phone, notes = :notes,
                       active = :active, version = :nextVersion
                 where id = :id and version = :version""");
        jdbc.sql("delete from partner_neighbourhood where partner_id = ?").param(row.id()).update();
        for (NeighbourhoodCode code : partner.neighbourhoods()) {
            jdbc.sql("insert into partner_neighbourhood (partner_id, neighbourhood_code) values (?, ?)")
                    .param(row.id()).param(code.value()).update();
        }
        return findById(partner.id()).orElseThrow();
    }

    private List<Partner> assemble(List<PartnerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        ListMultimap<UUID, String> buurten = MultimapBuilder.hashKeys().arrayListValues().build();
        jdbc.sql("select partner_id as owner, neighbourhood_code as code from partner_neighbourhood"
                + " where partner_id in (:ids)").param("ids", rows.stream().map(PartnerRow::id).toList())
                .query(Rows.CODE).list().forEach(r -> buurten.put(r.owner(), r.code()));
        return rows.stream().map(row -> {
            Set<NeighbourhoodCode> codes = new TreeSet<>();
            buurten.get(row.id()).forEach(c -> codes.add(NeighbourhoodCode.of(c)));
            return Partner.reconstitute(mapper.toSnapshot(row, codes));
        }).toList();
    }
}
