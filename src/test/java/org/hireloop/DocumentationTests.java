package org.hireloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The README and the deployment files say what the code does: every setting, every link. */
class DocumentationTests {

    private static final Pattern VARIABLE = Pattern.compile("HIRELOOP_[A-Z_]+");

    @Test
    void theReadmeDocumentsEveryEnvironmentVariable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> used = variablesIn(Files.readString(Path.of("src/main/resources/application.yml")));
        used.addAll(variablesIn(Files.readString(Path.of("compose.yaml"))));
        used.addAll(variablesIn(Files.readString(Path.of("Dockerfile"))));
        assertThat(used).isNotEmpty().allSatisfy(variable -> assertThat(readme).contains("`" + variable + "`"));
    }

    @Test
    void everyDocumentTheReadmeLinksToExists() throws IOException {
        Matcher link = Pattern.compile("\\]\\(((?:docs/)[^)#]*)\\)").matcher(Files.readString(Path.of("README.md")));
        int links = 0;
        while (link.find()) {
            assertThat(Path.of(link.group(1))).as(link.group(1)).exists();
            links++;
        }
        assertThat(links).isPositive();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileRunsHireloopOnItsPostgres() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("hireloop", "postgres");
        Map<String, Object> hireloop = (Map<String, Object>) services.get("hireloop");
        Map<String, String> environment = (Map<String, String>) hireloop.get("environment");
        assertThat(environment.get("HIRELOOP_DATABASE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        Map<String, String> database =
                (Map<String, String>) ((Map<String, Object>) services.get("postgres")).get("environment");
        assertThat(environment.get("HIRELOOP_DATABASE_USER")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(environment.get("HIRELOOP_DATABASE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
    }

    @Test
    void theImageRunsAsAnUnprivilegedUserFromTheLayeredJar() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("USER 10001").contains("JarLauncher").contains("EXPOSE 8080");
        // that user cannot write to /app: the search index and mail files go where it can
        assertThat(dockerfile)
                .contains("chown 10001 /var/lib/hireloop")
                .contains("HIRELOOP_SEARCH_INDEX_DIR=/var/lib/hireloop/search")
                .contains("HIRELOOP_MAIL_DIR=/var/lib/hireloop/mail");
    }

    private static Set<String> variablesIn(String text) {
        Set<String> variables = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            variables.add(matcher.group());
        }
        return variables;
    }
}
