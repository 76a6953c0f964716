package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    private static final Path REPO = Path.of("/repo");

    @Test
    void byDefaultAllFourRunOnAStackOfTheBenchsOwn() {
        BenchOptions options = BenchOptions.parse(REPO).orElseThrow();
        assertThat(options.ownStack()).isTrue();
        assertThat(options.portOffset()).isEqualTo(6000);
        assertThat(options.phases()).isEqualTo(EnumSet.allOf(BenchOptions.Phase.class));
        assertThat(options.stackDir()).isEqualTo(Path.of("/repo/deploy/bench/target/bench-stack"));
        assertThat(options.commandLine()).isEqualTo("./esurety bench");
        assertThat(options.serverJit()).isFalse();
    }

    @Test
    void theServerJitIsChosenExplicitlyAndRepeated() {
        BenchOptions options = BenchOptions.parse(REPO, "--server-jit").orElseThrow();
        assertThat(options.serverJit()).isTrue();
        assertThat(options.commandLine()).isEqualTo("./esurety bench --server-jit");
    }

    @Test
    void attachQuickAndOnlyAreRepeatedInTheReproduceCommand() {
        BenchOptions options = BenchOptions.parse(REPO, "--quick", "--attach", "3000", "--only", "p1,P3").orElseThrow();
        assertThat(options.ownStack()).isFalse();
        assertThat(options.portOffset()).isEqualTo(3000);
        assertThat(options.runs(BenchOptions.Phase.P2)).isFalse();
        assertThat(options.commandLine()).isEqualTo("./esurety bench --quick --attach 3000 --only P1,P3");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> BenchOptions.parse(REPO, "--only", "P5")).hasMessageContaining("P5");
        assertThatThrownBy(() -> BenchOptions.parse(REPO, "--attach")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(REPO, "--attach", "x")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> BenchOptions.parse(REPO, "--fast")).hasMessageContaining("--fast");
        assertThat(BenchOptions.parse(REPO, "--help")).isEmpty();
    }
}
