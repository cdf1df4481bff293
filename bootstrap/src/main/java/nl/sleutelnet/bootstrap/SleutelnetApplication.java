package nl.sleutelnet.bootstrap;

import java.util.Arrays;
import nl.sleutelnet.adapters.web.WebAdapterConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The staff web application: the core with the web adapter and the persistence adapter chosen by
 * {@code sleutelnet.persistence} ({@code jdbc}, the default, or {@code memory}). Only this package is scanned; the
 * core's use cases are wired by hand in {@link UseCaseConfiguration}.
 */
@SpringBootApplication
@Import(WebAdapterConfiguration.class)
public class SleutelnetApplication {

    /** {@code --demo} loads a small synthetic dataset (profile {@code demo}); production starts empty. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SleutelnetApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        application.run(Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new));
    }
}
