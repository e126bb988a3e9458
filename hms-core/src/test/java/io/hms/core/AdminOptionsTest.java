package io.hms.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hms.core.admin.AdminOptions;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The admin API's options: off by default, on from -Dhms.admin.port=, and refused without hms-admin. */
class AdminOptionsTest {

    private static Properties properties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void offUnlessThePortPropertyIsSet() {
        assertThat(AdminOptions.fromProperties(properties())).isEmpty();
    }

    @Test
    void thePropertiesGivePortAddressAndTokenFile() throws Exception {
        AdminOptions options = AdminOptions.fromProperties(properties(AdminOptions.PORT_PROPERTY, "8711",
                AdminOptions.BIND_PROPERTY, "127.0.0.2", AdminOptions.TOKEN_FILE_PROPERTY, "/run/hms/token")).orElseThrow();

        assertThat(options.port()).isEqualTo(8711);
        assertThat(options.bindAddress()).isEqualTo(InetAddress.getByName("127.0.0.2"));
        assertThat(options.tokenFile()).hasValue(Path.of("/run/hms/token"));
        assertThat(options.loopback()).isTrue();
    }

    @Test
    void loopbackAndAGeneratedTokenByDefault() {
        AdminOptions options = AdminOptions.defaults();

        assertThat(options.loopback()).isTrue();
        assertThat(options.token()).isEmpty();
        assertThat(options.anonymousLoopbackReads()).isFalse();
    }

    @Test
    void badValuesNameThePropertyOrTheFix() {
        assertThatThrownBy(() -> AdminOptions.fromProperties(properties(AdminOptions.PORT_PROPERTY, "http")))
                .hasMessageContaining("-Dhms.admin.port=http").hasMessageContaining("[0, 65535]");
        assertThatThrownBy(() -> AdminOptions.builder().port(70_000).build()).hasMessageContaining("70000");
        assertThatThrownBy(() -> AdminOptions.builder().token("short").build())
                .hasMessageContaining("at least 16").hasMessageContaining("leave it out");
        assertThatThrownBy(() -> AdminOptions.builder().maxBodyBytes(10).build()).hasMessageContaining("1024");
    }

    @Test
    void turningItOnWithoutHmsAdminOnTheClassPathSaysWhichDependencyToAdd() {
        Hms hms = Hms.builder().discoverPlugins(false).discoverOptimizer(false).component("a")
                .admin(AdminOptions.defaults()).build();

        assertThatThrownBy(hms::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.hms:hms-admin");
        assertThat(hms.admin()).isEmpty();
    }
}
