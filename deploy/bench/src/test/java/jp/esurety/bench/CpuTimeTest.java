package jp.esurety.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CpuTimeTest {

    /** A real line of /proc/PID/stat, with a command name that holds a space and a parenthesis. */
    private static final String STAT = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 120000 0 3 0 "
            + "1500 250 70 30 20 0 75 0 123456 5000000000 65000 18446744073709551615 1 1 0 0 0 0 0 4096 16898 0 0 0 17 1"
            + " 0 0 0 0 0";

    @Test
    void userAndSystemTimeAreReadAfterTheCommandName() {
        assertThat(CpuTime.parseStat(STAT, false)).isEqualTo(1500 + 250);
    }

    @Test
    void aProcessTreeAlsoCountsTheChildrenItHasReaped() {
        assertThat(CpuTime.parseStat(STAT, true)).isEqualTo(1500 + 250 + 70 + 30);
    }

    @Test
    void theMachinesBusyTimeLeavesOutIdleAndIoWait() {
        long[] ticks = CpuTime.parseMachine("cpu  1000 10 500 8000 400 5 25 60 0 0");
        assertThat(ticks[1]).isEqualTo(1000 + 10 + 500 + 8000 + 400 + 5 + 25 + 60);
        assertThat(ticks[0]).isEqualTo(1000 + 10 + 500 + 5 + 25 + 60);
    }

    @Test
    void usageIsTheDifferenceOfTwoReadings() {
        CpuTime.Usage used = CpuTime.between(new CpuTime.Reading(Map.of("a", 1.0, "b", 3.0), 10, 40),
                new CpuTime.Reading(Map.of("a", 2.5, "b", 3.0), 40, 100));
        assertThat(used.seconds()).containsEntry("a", 1.5).containsEntry("b", 0.0);
        assertThat(used.machineBusyShare()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void thisProcessHasUsedSomeCpu() {
        CpuTime cpu = new CpuTime().add("me", ProcessHandle.current().pid(), false);
        assertThat(cpu.read().seconds().get("me")).isPositive();
    }
}
