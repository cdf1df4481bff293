package nl.sleutelnet.perf;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick of {@code scripts/perf/intake-load.sh}: the least a Spring Boot web application of the same Boot
 * version can do for the request Sleutelnet's intake gets. It takes the same JSON body on the same path, binds it with
 * Jackson, inserts the same single row that pgbench inserts ({@code bench.signal_row}, shaped like the signal table)
 * with {@link JdbcClient} over a Hikari pool in one transaction, and answers 201 with the new id. No authentication,
 * validation, screening, audit, child rows or temperature watch: what is left is Tomcat, Spring MVC, Jackson, the pool
 * and the driver, the part any Spring application pays. It runs on a class path of {@code spring-boot-starter-webmvc},
 * {@code spring-boot-starter-jdbc} and the PostgreSQL driver alone (the script resolves them), outside
 * {@code nl.sleutelnet.bootstrap} so that Sleutelnet's component scan never sees it.
 */
@SpringBootApplication
@RestController
public class BareIntakeApplication {

    /** The body Sleutelnet's {@code POST /api/v1/signalen} takes (the fields the load script sends). */
    record Report(String hoeVerkregen, List<String> buurten, List<String> themas, int intensiteit,
            String omschrijving) {
    }

    private final JdbcClient jdbc;

    BareIntakeApplication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/v1/signalen")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Map<String, Object> report(@RequestBody Report report) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into bench.signal_row (id, tracking_code, reporter_kind, reporter_id, reporter_label,
                    how_obtained, intensity, description, observed_at, received_at, last_observed_at, assignee,
                    status, version)
                values (?, substr(md5(random()::text), 1, 11), 'STAFF', gen_random_uuid(), 'intake.load', ?, ?, ?,
                    now(), now(), now(), gen_random_uuid(), 'RECEIVED', 1)""")
                .params(id, report.hoeVerkregen(), report.intensiteit(), report.omschrijving())
                .update();
        return Map.of("id", id);
    }

    public static void main(String[] args) {
        SpringApplication.run(BareIntakeApplication.class, args);
    }
}
