package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.sleutelnet.application.port.out.DeletionRegister;
import nl.sleutelnet.domain.privacy.DeletionRecord;
import nl.sleutelnet.domain.privacy.ErasureReason;
import nl.sleutelnet.domain.privacy.Removal;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The deletion register in {@code deletion_record}; counts as "KIND=n" lines. */
public final class JdbcDeletionRegister implements DeletionRegister {

    private final JdbcClient jdbc;

    public JdbcDeletionRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(DeletionRecord record) {
        jdbc.sql("""
                insert into deletion_record (id, kind, recorded_at, reason, actor_name, counts)
                values (:id, :kind, :at, :reason, :actor, :counts)""")
                .param("id", record.id())
                .param("kind", record.kind().name())
                .param("at", OffsetDateTime.ofInstant(record.at(), ZoneOffset.UTC))
                .param("reason", record.reason().name())
                .param("actor", record.actor())
                .param("counts", record.counts().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                        .collect(Collectors.joining("\n")))
                .update();
    }

    @Override
    public List<DeletionRecord> latest(int limit) {
        return jdbc.sql("select id, kind, recorded_at, reason, actor_name, counts from deletion_record"
                + " order by recorded_at desc, seq desc limit ?").param(limit)
                .query((row, n) -> new DeletionRecord(row.getObject("id", UUID.class),
                        DeletionRecord.Kind.valueOf(row.getString("kind")),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        ErasureReason.valueOf(row.getString("reason")), row.getString("actor_name"),
                        counts(row.getString("counts"))))
                .list();
    }

    private static Map<Removal, Integer> counts(String text) {
        Map<Removal, Integer> counts = new EnumMap<>(Removal.class);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                counts.put(Removal.valueOf(line.substring(0, eq)), Integer.parseInt(line.substring(eq + 1)));
            }
        }
        return counts;
    }
}
