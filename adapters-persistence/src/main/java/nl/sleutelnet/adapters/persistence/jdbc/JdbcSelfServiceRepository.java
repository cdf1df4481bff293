package nl.sleutelnet.adapters.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.sleutelnet.application.port.out.SelfServiceRepository;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.network.KeyPersonId;
import nl.sleutelnet.domain.selfservice.DataSubjectRequest;
import nl.sleutelnet.domain.selfservice.PersonalLink;
import nl.sleutelnet.domain.selfservice.RequestKind;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcSelfServiceRepository implements SelfServiceRepository {

    private static final String LINKS =
            "select id, key_person_id, token_hash, issued_at, expires_at, issued_by_staff from personal_link";
    private static final String REQUESTS = "select id, key_person_id, kind, request_text, submitted_at, handled_at, "
            + "handled_by, version from data_subject_request";

    private final JdbcClient jdbc;
    private final OptimisticSave optimistic;

    public JdbcSelfServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.optimistic = new OptimisticSave(jdbc, "Request", "data_subject_request", "id");
    }

    @Override
    public void saveLink(PersonalLink link) {
        jdbc.sql("""
                insert into personal_link (id, key_person_id, token_hash, issued_at, expires_at, issued_by_staff)
                values (?, ?, ?, ?, ?, ?)""").params(link.id(), link.keyPerson().value(), link.tokenHash(),
                time(link.issuedAt()), time(link.expiresAt()), link.issuedByStaff()).update();
    }

    @Override
    public Optional<PersonalLink> findLinkByTokenHash(String tokenHash) {
        return jdbc.sql(LINKS + " where token_hash = ?").param(tokenHash).query(JdbcSelfServiceRepository::link)
                .optional();
    }

    @Override
    public List<PersonalLink> findLinks(KeyPersonId keyPerson) {
        return jdbc.sql(LINKS + " where key_person_id = ? order by issued_at desc, id").param(keyPerson.value())
                .query(JdbcSelfServiceRepository::link).list();
    }

    @Override
    public DataSubjectRequest saveRequest(DataSubjectRequest request) {
        Row row = new Row(request.id(), request.keyPerson().value(), request.kind().name(), request.text(),
                time(request.submittedAt()), time(request.handledAt()),
                request.handledBy() == null ? null : request.handledBy().value(), request.version());
        optimistic.save(request.id(), request.version(), row, """
                insert into data_subject_request (id, key_person_id, kind, request_text, submitted_at, handled_at,
                    handled_by, version)
                values (:id, :keyPersonId, :kind, :text, :submittedAt, :handledAt, :handledBy, :nextVersion)""", """
                update data_subject_request set handled_at = :handledAt, handled_by = :handledBy,
                    version = :nextVersion
                where id = :id and version = :version""");
        return new DataSubjectRequest(request.id(), request.keyPerson(), request.kind(), request.text(),
                request.submittedAt(), request.handledAt(), request.handledBy(), request.version() + 1);
    }

    /** The columns of a request, by the names the statements use. */
    record Row(UUID id, UUID keyPersonId, String kind, String text, OffsetDateTime submittedAt,
            OffsetDateTime handledAt, UUID handledBy, long version) {
    }

    @Override
    public Optional<DataSubjectRequest> findRequest(UUID id) {
        return jdbc.sql(REQUESTS + " where id = ?").param(id).query(JdbcSelfServiceRepository::request).optional();
    }

    @Override
    public List<DataSubjectRequest> findRequests(KeyPersonId keyPerson) {
        return jdbc.sql(REQUESTS + " where key_person_id = ? order by submitted_at, id").param(keyPerson.value())
                .query(JdbcSelfServiceRepository::request).list();
    }

    @Override
    public List<DataSubjectRequest> findOpenRequests() {
        return jdbc.sql(REQUESTS + " where handled_at is null order by submitted_at, id")
                .query(JdbcSelfServiceRepository::request).list();
    }

    @Override
    public void forget(KeyPersonId keyPerson) {
        jdbc.sql("delete from personal_link where key_person_id = ?").param(keyPerson.value()).update();
        jdbc.sql("delete from data_subject_request where key_person_id = ?").param(keyPerson.value()).update();
    }

    private static PersonalLink link(ResultSet rs, int row) throws SQLException {
        return new PersonalLink(rs.getObject("id", UUID.class), new KeyPersonId(rs.getObject("key_person_id",
                UUID.class)), rs.getString("token_hash"), instant(rs, "issued_at"), instant(rs, "expires_at"),
                rs.getBoolean("issued_by_staff"));
    }

    private static DataSubjectRequest request(ResultSet rs, int row) throws SQLException {
        UUID handledBy = rs.getObject("handled_by", UUID.class);
        return new DataSubjectRequest(rs.getObject("id", UUID.class),
                new KeyPersonId(rs.getObject("key_person_id", UUID.class)), RequestKind.valueOf(rs.getString("kind")),
                rs.getString("request_text"), instant(rs, "submitted_at"), instant(rs, "handled_at"),
                handledBy == null ? null : new AccountId(handledBy), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
