package jp.esurety.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /login?redirect=} returns only to a path of this site (no open redirect). */
class SafeRedirectTest {

    @Test
    void sameOriginPathsAreKept() {
        assertThat(SafeRedirect.target("/contracts")).isEqualTo("/contracts");
        assertThat(SafeRedirect.target("/contracts/10101-000001?tab=history")).isEqualTo("/contracts/10101-000001?tab=history");
    }

    @Test
    void anythingElseGoesHome() {
        assertThat(SafeRedirect.target(null)).isEqualTo("/");
        assertThat(SafeRedirect.target("")).isEqualTo("/");
        assertThat(SafeRedirect.target("https://evil.example/")).isEqualTo("/");
        assertThat(SafeRedirect.target("//evil.example/")).isEqualTo("/");
        assertThat(SafeRedirect.target("/\\evil.example")).isEqualTo("/");
        assertThat(SafeRedirect.target("contracts")).isEqualTo("/");
        assertThat(SafeRedirect.target("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
        assertThat(SafeRedirect.target("javascript:alert(1)")).isEqualTo("/");
    }
}
