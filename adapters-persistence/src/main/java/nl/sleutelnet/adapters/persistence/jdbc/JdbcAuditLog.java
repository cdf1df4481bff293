package nl.sleutelnet.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.out.AuditLog;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.audit.AuditActor;
import nl.sleutelnet.domain.audit.AuditEntry;
import nl.sleutelnet.domain.audit.AuditFilter;
import nl.sleutelnet.domain.audit.AuditOrigin;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.audit.AuditResult;
import nl.sleutelnet.domain.audit.Disclosure;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.shared.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log in {@code audit_entry}: insert and select only; the database refuses anything else (V9_1). */
public final class JdbcAuditLog implements AuditLog {

    private static final String SELECT = """
            select id, trace_id, occurred_at, actor_kind, actor_account, actor_name, action, purpose, object_type,
                   object_id, data_subjects, outcome, error_code, origin_channel, origin_detail, client_address,
                   disclosure_recipient, disclosure_legal_basis
              from audit_entry""";

    private static final String NEWEST_FIRST = " order by occurred_at desc, seq desc";

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEntry entry) {
        try {
            jdbc.sql("""
                    insert into audit_entry (id, trace_id, occurred_at, actor_kind, actor_account, actor_name, action,
                                             purpose, object_type, object_id, data_subjects, outcome, error_code,
                                             origin_channel, origin_detail, client_address, disclosure_recipient,
                                             disclosure_legal_basis)
                    values (:id, :traceId, :at, :actorKind, :actorAccount, :actorName, :action, :purpose, :objectType,
                            :objectId, :dataSubjects, :result, :errorCode, :channel, :detail, :address, :recipient,
                            :legalBasis)""")
                    .param("id", entry.id())
                    .param("traceId", entry.traceId())
                    .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                    .param("actorKind", entry.actor().kind().name())
                    .param("actorAccount", entry.actor().account().map(AccountId::value).orElse(null))
                    .param("actorName", entry.actor().name())
                    .param("action", entry.action())
                    .param("purpose", entry.purpose().name())
                    .param("objectType", entry.objectType().orElse(null))
                    .param("objectId", entry.objectId().orElse(null))
                    .param("dataSubjects", entry.dataSubjects().isEmpty() ? null : String.join(" ", entry.dataSubjects()))
                    .param("result", entry.result().name())
                    .param("errorCode", entry.errorCode().orElse(null))
                    .param("channel", entry.origin().channel().name())
                    .param("detail", entry.origin().detail().orElse(null))
                    .param("address", entry.origin().clientAddress().orElse(null))
                    .param("recipient", entry.disclosure().map(Disclosure::recipient).orElse(null))
                    .param("legalBasis", entry.disclosure().map(Disclosure::legalBasis).orElse(null))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("audit.entry.duplicate",
                    "Audit entry %s is already in the log.", entry.id());
        }
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        Where where = where(filter);
        long total = where.bind(jdbc.sql("select count(*) from audit_entry" + where.sql)).query(Long.class).single();
        List<AuditEntry> items = where.bind(jdbc.sql(SELECT + where.sql + NEWEST_FIRST + " limit :size offset :offset"))
                .param("size", page.size()).param("offset", page.offset())
                .query(JdbcAuditLog::entry).list();
        return new Page<>(items, page.number(), page.size(), total);
    }

    @Override
    public List<AuditEntry> export(AuditFilter filter, int limit) {
        Where where = where(filter);
        return where.bind(jdbc.sql(SELECT + where.sql + NEWEST_FIRST + " limit :limit")).param("limit", limit)
                .query(JdbcAuditLog::entry).list();
    }

    /** The filter as SQL, with the same meaning as {@link AuditFilter#matches}. */
    private static Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter.from().ifPresent(f -> {
            conditions.add("occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(f, ZoneOffset.UTC));
        });
        filter.to().ifPresent(t -> {
            conditions.add("occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        });
        filter.actor().ifPresent(a -> {
            conditions.add("(lower(actor_name) like :actorLike escape '\\' "
                    + "or lower(cast(actor_account as varchar(36))) = :actor)");
            params.put("actorLike", "%" + escaped(AuditFilter.folded(a)) + "%");
            params.put("actor", AuditFilter.folded(a));
        });
        filter.action().ifPresent(a -> {
            conditions.add("lower(action) like :action escape '\\'");
            params.put("action", "%" + escaped(AuditFilter.folded(a)) + "%");
        });
        filter.objectType().ifPresent(t -> {
            conditions.add("lower(object_type) = :objectType");
            params.put("objectType", AuditFilter.folded(t));
        });
        filter.objectId().ifPresent(i -> {
            conditions.add("(lower(object_id) = :objectId "
                    + "or ' ' || lower(data_subjects) || ' ' like :subject escape '\\')");
            params.put("objectId", AuditFilter.folded(i));
            params.put("subject", "% " + escaped(AuditFilter.folded(i)) + " %");
        });
        filter.result().ifPresent(r -> {
            conditions.add("outcome = :result");
            params.put("result", r.name());
        });
        filter.purpose().ifPresent(p -> {
            conditions.add("purpose = :purpose");
            params.put("purpose", p.name());
        });
        if (filter.disclosuresOnly()) {
            conditions.add("disclosure_recipient is not null");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        AuditActor.Kind kind = AuditActor.Kind.valueOf(row.getString("actor_kind"));
        UUID account = row.getObject("actor_account", UUID.class);
        String subjects = row.getString("data_subjects");
        String recipient = row.getString("disclosure_recipient");
        return new AuditEntry(row.getObject("id", UUID.class), row.getString("trace_id"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                new AuditActor(kind, Optional.ofNullable(account).map(AccountId::new), row.getString("actor_name")),
                row.getString("action"), AuditPurpose.valueOf(row.getString("purpose")),
                Optional.ofNullable(row.getString("object_type")), Optional.ofNullable(row.getString("object_id")),
                subjects == null ? List.of() : Arrays.asList(subjects.split(" ")),
                AuditResult.valueOf(row.getString("outcome")), Optional.ofNullable(row.getString("error_code")),
                new AuditOrigin(AuditOrigin.Channel.valueOf(row.getString("origin_channel")),
                        Optional.ofNullable(row.getString("origin_detail")),
                        Optional.ofNullable(row.getString("client_address"))),
                recipient == null ? Optional.empty()
                        : Optional.of(new Disclosure(recipient, row.getString("disclosure_legal_basis"))));
    }
}
