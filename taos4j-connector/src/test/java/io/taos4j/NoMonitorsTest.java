package io.taos4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Virtual-thread safety by construction: no {@code synchronized} (which pins a virtual thread on JDK 21-23) and no
 * {@code Object.wait} anywhere in the connector; waits are futures, locks are {@code ReentrantLock}s held only
 * around bookkeeping. The soak test runs its 64 workers on virtual threads when the JDK has them.
 */
class NoMonitorsTest {

    @Test
    void theConnectorHoldsNoMonitors() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = Files.readString(p);
                    return text.contains("synchronized") || text.contains(".wait(");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).collect(Collectors.toList());
        }
        assertThat(offenders).isEmpty();
    }
}
