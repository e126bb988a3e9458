package io.hms.core.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.spi.Coordinator;
import io.hms.api.spi.CoordinatorProvider;
import io.hms.core.Hms;
import io.hms.core.time.ManualScheduler;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runtime without a coordinator gets the provider's, or falls back to the local one. */
class CoordinatorsDiscoveryTest {

    @TempDir
    Path dir;

    private final ManualScheduler time = new ManualScheduler();

    @Test
    void withoutAProviderTheLocalCoordinatorIsUsed() throws IOException {
        try (URLClassLoader loader = loader();
             Coordinator coordinator = Coordinators.discover(loader, "node-7", time)) {
            assertThat(coordinator).isInstanceOf(LocalCoordinator.class);
            assertThat(coordinator.nodeId()).isEqualTo("node-7");
            assertThat(coordinator.isLeader()).isTrue();
        }
    }

    @Test
    void aProviderOnTheClassPathSuppliesTheCoordinator() throws IOException {
        writeServicesFile(FixedProvider.class.getName());
        try (URLClassLoader loader = loader();
             Coordinator coordinator = Coordinators.discover(loader, "node-7", time)) {
            assertThat(coordinator.nodeId()).isEqualTo("from-provider");
        }
    }

    @Test
    void aFailingProviderFallsBackToTheLocalCoordinator() throws IOException {
        writeServicesFile(FailingProvider.class.getName());
        try (URLClassLoader loader = loader();
             Coordinator coordinator = Coordinators.discover(loader, "node-7", time)) {
            assertThat(coordinator).isInstanceOf(LocalCoordinator.class);
            assertThat(coordinator.nodeId()).isEqualTo("node-7");
        }
    }

    @Test
    void aRuntimeThatDoesNotDiscoverRunsTheLocalCoordinatorBesideAProvider() throws IOException {
        writeServicesFile(FixedProvider.class.getName());
        try (URLClassLoader loader = loader();
             Hms discovering = Hms.builder().scheduler(new ManualScheduler()).classLoader(loader).nodeId("node-7")
                     .discoverOptimizer(false).discoverPlugins(false).build();
             Hms local = Hms.builder().scheduler(new ManualScheduler()).classLoader(loader).nodeId("node-7")
                     .discoverOptimizer(false).discoverPlugins(false).discoverCoordinator(false).build()) {
            assertThat(discovering.coordinator().nodeId()).isEqualTo("from-provider");
            assertThat(local.coordinator().nodeId()).isEqualTo("node-7");
        }
    }

    private URLClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private void writeServicesFile(String provider) throws IOException {
        Path services = dir.resolve("META-INF/services/" + CoordinatorProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(provider));
    }

    /** Supplies a local coordinator under a recognisable id. */
    public static final class FixedProvider implements CoordinatorProvider {
        @Override
        public Coordinator create() {
            return new LocalCoordinator("from-provider", new ManualScheduler());
        }
    }

    /** Cannot create its coordinator. */
    public static final class FailingProvider implements CoordinatorProvider {
        @Override
        public Coordinator create() {
            throw new IllegalStateException("no peers configured");
        }
    }
}
