package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The authority stays one place to look: every permission policy of every module has its matrix test beside it and
 * a line in tenant-core's README table ("Who may: the authority"). Hostname and password policies are rules about
 * values, not about people, and have tests of their own.
 */
class AuthorityIndexTest {

    private static final List<String> NOT_PERMISSIONS = List.of("HostnamePolicy", "PasswordPolicy");

    @Test
    void everyPolicyHasItsMatrixTestAndItsLineInTheTable() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String table = Files.readString(module.resolve("README.md"));
        List<Path> policies;
        // deep enough for a policy in a sub-package (vn.cong.interaction.survey) or another module's (provisioning's
        // control): 8 stopped at the feature package and found neither
        try (Stream<Path> files = Files.walk(module.getParent(), 12)) {
            policies = files.filter(f -> f.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(f -> f.getFileName().toString().endsWith("Policy.java"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .toList();
        }
        assertFalse(policies.size() < 12, "the walk found the policies: " + policies);
        List<String> missing = policies.stream().filter(policy -> {
            String name = policy.getFileName().toString().replace(".java", "");
            Path test = Path.of(policy.toString().replace("/src/main/java/", "/src/test/java/")
                    .replace(name + ".java", name + "Test.java"));
            boolean described = NOT_PERMISSIONS.contains(name) || table.contains(name + "`");
            return !Files.exists(test) || !described;
        }).map(Path::toString).toList();
        assertEquals(List.of(), missing, "a policy without its matrix test or its line in tenant-core/README.md");
    }
}
