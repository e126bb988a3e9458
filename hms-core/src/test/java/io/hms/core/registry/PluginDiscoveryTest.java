package io.hms.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.api.Health;
import io.hms.api.spi.HmsPlugin;
import io.hms.core.Hms;
import io.hms.core.time.ManualScheduler;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins are found with ServiceLoader through the given class loader; a plugin that cannot be built,
 * throws from contribute, or registers something invalid is reported and skipped whole.
 */
class PluginDiscoveryTest {

    @TempDir
    Path dir;

    private final FunctionRegistry registry = new FunctionRegistry(() -> Instant.EPOCH);

    @Test
    void discoversThePluginsListedInAServicesFileOfTheLoader() throws IOException {
        try (URLClassLoader loader = loaderListing(TestPlugins.Alpha.class, TestPlugins.Beta.class)) {
            PluginReport report = PluginLoader.discover(loader, registry);

            assertThat(report.loaded()).containsExactly(TestPlugins.Alpha.class.getName(), "beta-plugin");
            assertThat(report.failures()).isEmpty();
        }
        assertThat(registry.componentNames()).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(registry.functions()).extracting(RegisteredFunction::origin)
                .containsExactlyInAnyOrder("plugin " + TestPlugins.Alpha.class.getName(), "plugin beta-plugin");
    }

    @Test
    void badPluginsAreReportedAndSkippedWholeWhileTheGoodOnesLoad() throws IOException {
        try (URLClassLoader loader = loaderListing(TestPlugins.ThrowsInConstructor.class, TestPlugins.Alpha.class,
                TestPlugins.ThrowsInContribute.class, TestPlugins.UnknownComponent.class, TestPlugins.Beta.class)) {
            PluginReport report = PluginLoader.discover(loader, registry);

            assertThat(report.loaded()).containsExactly(TestPlugins.Alpha.class.getName(), "beta-plugin");
            assertThat(report.failures()).hasSize(3);
            assertThat(report.failures().get(0).plugin()).isEqualTo("(not instantiated)");
            assertThat(report.failures().get(0).error())
                    .contains(TestPlugins.ThrowsInConstructor.class.getName(), "could not be instantiated");
            assertThat(report.failures().get(1)).isEqualTo(new PluginReport.Failure(
                    TestPlugins.ThrowsInContribute.class.getName(),
                    "java.io.IOException: cannot reach the config server"));
            assertThat(report.failures().get(2).plugin()).isEqualTo(TestPlugins.UnknownComponent.class.getName());
            assertThat(report.failures().get(2).error())
                    .contains("plugin " + TestPlugins.UnknownComponent.class.getName()
                            + ": unknown component 'nowhere'");
        }
        assertThat(registry.componentNames()).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(registry.functions()).hasSize(2);
    }

    @Test
    void aMissingProviderClassIsReportedAndTheOthersStillLoad() throws IOException {
        writeServicesFile("com.example.DoesNotExist", TestPlugins.Alpha.class.getName());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            PluginReport report = PluginLoader.discover(loader, registry);

            assertThat(report.loaded()).containsExactly(TestPlugins.Alpha.class.getName());
            assertThat(report.failures()).singleElement()
                    .satisfies(f -> assertThat(f.error()).contains("com.example.DoesNotExist"));
        }
    }

    @Test
    void noServicesFileMeansNoPlugins() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(PluginLoader.discover(loader, registry)).isEqualTo(PluginReport.empty());
        }
    }

    @Test
    void aPluginClashingWithWhatIsRegisteredIsSkippedAndTheRegistryKeepsItsState() {
        registry.declare(ComponentSpec.of("alpha"), "builder");
        HmsPlugin clashing = new TestPlugins.Alpha();
        HmsPlugin good = registrar -> registrar.healthCheck("alpha", "extra", Health::up);

        PluginReport report = PluginLoader.apply(List.of(clashing, good), registry);

        assertThat(report.loaded()).containsExactly(good.getClass().getName());
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.error()).contains("component 'alpha' is already declared"));
        assertThat(registry.functions()).extracting(RegisteredFunction::name).containsExactly("extra");
    }

    @Test
    void aPluginBothAddedExplicitlyAndDiscoveredIsAppliedOnce() throws IOException {
        try (URLClassLoader loader = loaderListing(TestPlugins.Alpha.class, TestPlugins.Beta.class);
             Hms hms = Hms.builder().scheduler(new ManualScheduler()).discoverOptimizer(false).classLoader(loader)
                     .plugin(new TestPlugins.Alpha()).build()) {
            assertThat(hms.plugins().loaded()).containsExactly(TestPlugins.Alpha.class.getName(), "beta-plugin");
            assertThat(hms.plugins().failures()).isEmpty();
            assertThat(hms.registry().componentNames()).containsExactly("alpha", "beta");
        }
    }

    private URLClassLoader loaderListing(Class<?>... plugins) throws IOException {
        writeServicesFile(Arrays.stream(plugins).map(Class::getName).toArray(String[]::new));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private void writeServicesFile(String... lines) throws IOException {
        Path services = dir.resolve("META-INF/services/" + HmsPlugin.class.getName());
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(lines));
    }
}
