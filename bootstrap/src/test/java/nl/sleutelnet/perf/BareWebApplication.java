package nl.sleutelnet.perf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick of {@code scripts/perf/startup.sh}: the smallest Spring Boot web application of the same Boot version,
 * one endpoint, started on a class path of {@code spring-boot-starter-webmvc} alone (the script resolves it). It lives
 * outside {@code nl.sleutelnet.bootstrap} so that Sleutelnet's component scan never sees it.
 */
@SpringBootApplication
@RestController
public class BareWebApplication {

    @GetMapping("/")
    String hello() {
        return "hallo";
    }

    public static void main(String[] args) {
        SpringApplication.run(BareWebApplication.class, args);
    }
}
