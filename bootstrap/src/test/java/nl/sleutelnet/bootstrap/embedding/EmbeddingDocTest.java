package nl.sleutelnet.bootstrap.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The example in docs/embedding.md compiles (it is this module's test source), runs, and runs without Spring. */
class EmbeddingDocTest {

    private static final String EXPECTED = "RECEIVED CALM 1.0, alerts mailed: 0";
    private static final Path SOURCE = Path.of("src/test/java/nl/sleutelnet/bootstrap/embedding/EmbeddingExample.java");
    private static final Path DOC = Path.of("../docs/embedding.md");

    @Test
    void theExampleRuns() {
        assertThat(EmbeddingExample.run()).isEqualTo(EXPECTED);
    }

    @Test
    void theDocumentShowsTheExampleVerbatim() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf('\n', source.indexOf("// --- example: start")) + 1,
                source.indexOf("// --- example: end"));
        assertThat(example).contains("Sleutelnet.builder()");
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/embedding.md holds EmbeddingExample.java between the example markers; copy it again")
                .contains(example);
    }

    /**
     * The plain path needs no Spring Framework: the example runs on a class path without Spring's jars except
     * spring-security-crypto (whose BCrypt the default password hasher uses), in a class loader that would refuse any
     * other Spring class still found.
     */
    @Test
    void theExampleRunsWithoutTheSpringFramework() throws Exception {
        Set<String> refused = new TreeSet<>();
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.springframework.") && !name.startsWith("org.springframework.security.crypto.")) {
                    refused.add(name);
                    throw new ClassNotFoundException(name + " is refused: the plain path must not need Spring");
                }
                return super.loadClass(name, resolve);
            }
        }) {
            Class<?> example = isolated.loadClass(EmbeddingExample.class.getName());
            assertThat(example.getClassLoader()).isSameAs(isolated);
            assertThat(example.getMethod("run").invoke(null)).isEqualTo(EXPECTED);
        }
        assertThat(refused).isEmpty();
    }

    /** The test class path, also when surefire hands it over in a manifest-only jar. */
    private static URL[] classPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            urls.add(file.toURI().toURL());
            if (file.getName().startsWith("surefirebooter") && file.getName().endsWith(".jar")) {
                try (JarFile jar = new JarFile(file)) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest.getMainAttributes().getValue("Class-Path");
                    for (String part : classPath.split(" ")) {
                        if (!part.isBlank()) {
                            urls.add(URI.create(part).isAbsolute() ? URI.create(part).toURL()
                                    : file.toURI().resolve(part).toURL());
                        }
                    }
                }
            }
        }
        return urls.stream().filter(url -> {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            return !name.startsWith("spring-") || name.startsWith("spring-security-crypto-");
        }).toArray(URL[]::new);
    }
}
