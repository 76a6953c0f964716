package jp.esurety.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void theBannerShowsWhereToClickAndWhomToLogInAs() {
        StackEndpoints endpoints = new StackEndpoints(new StackPorts(0), "postgres", "postgres", "127.0.0.1",
                Path.of("/repo/.local-data"));

        String banner = Banner.text(endpoints, EnumSet.allOf(Service.class), Duration.ofSeconds(42));

        assertThat(banner)
                .contains("http://localhost:8080", "http://localhost:8083", "http://localhost:8180/admin",
                        "http://127.0.0.1:8025/api/user/")
                .containsPattern("contractor1 +demo +contractor +contractor_id=C0001 +山田 太郎")
                .containsPattern("omitama +demo +orderer +orderer_id=ORD-082368")
                .contains("/repo/.local-data/logs", "(42 s)");
    }
}
