package nl.sleutelnet.bootstrap;

import java.util.Arrays;
import nl.sleutelnet.adapters.web.WebAdapterConfiguration;
import nl.sleutelnet.bootstrap.simulation.SimulateCommand;
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

    /**
     * {@code --demo} loads a small synthetic dataset (profile {@code demo}); production starts empty. {@code simulate
     * SCENARIO ...} runs a simulation instead, without Spring and without the web server (see
     * {@link SimulateCommand}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("simulate")) {
            System.exit(SimulateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication application = new SpringApplication(SleutelnetApplication.class);
        if (Arrays.asList(args).contains("--demo")) {
            application.setAdditionalProfiles("demo");
        }
        application.run(Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new));
    }
}
