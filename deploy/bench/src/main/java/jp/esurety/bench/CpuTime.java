package jp.esurety.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * CPU time used by the processes of the stack, from /proc: where the machine's two cores go while a benchmark runs.
 * A process's time is its user + system time; a process tree's (PostgreSQL: one process per connection) adds the time
 * of children it has already reaped ({@code cutime + cstime} of the root) and of its live descendants.
 */
final class CpuTime {

    /** Clock ticks per second of /proc's times (USER_HZ; 100 on every Linux this runs on). */
    static final double TICKS_PER_SECOND = 100;

    /** Named process groups to account, each read as CPU seconds so far. */
    private final Map<String, LongSupplier> groups = new LinkedHashMap<>();

    /** CPU seconds per group and of the whole machine (busy and total, all cores) at one moment. */
    record Reading(Map<String, Double> seconds, double machineBusy, double machineTotal) {
    }

    /** The difference of two readings: CPU seconds per group, machine busy share (0–1) over the interval. */
    record Usage(Map<String, Double> seconds, double machineBusyShare) {
    }

    /** Accounts the process with this pid (and, if {@code tree}, its descendants and reaped children). */
    CpuTime add(String name, long pid, boolean tree) {
        groups.put(name, () -> tree ? treeTicks(pid) : ownTicks(pid, false));
        return this;
    }

    Reading read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        groups.forEach((name, ticks) -> seconds.put(name, ticks.getAsLong() / TICKS_PER_SECOND));
        long[] machine = machineTicks();
        return new Reading(seconds, machine[0] / TICKS_PER_SECOND, machine[1] / TICKS_PER_SECOND);
    }

    static Usage between(Reading before, Reading after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.seconds().forEach((name, s) -> used.put(name, Math.max(0, s - before.seconds().getOrDefault(name, 0.0))));
        double total = after.machineTotal() - before.machineTotal();
        double busy = after.machineBusy() - before.machineBusy();
        return new Usage(used, total <= 0 ? 0 : busy / total);
    }

    private static long treeTicks(long pid) {
        long ticks = ownTicks(pid, true);
        Optional<ProcessHandle> root = ProcessHandle.of(pid);
        if (root.isPresent()) {
            ticks += root.get().descendants().mapToLong(p -> ownTicks(p.pid(), false)).sum();
        }
        return ticks;
    }

    /** utime + stime (+ cutime + cstime) of one process; 0 when it is gone. */
    static long ownTicks(long pid, boolean withReapedChildren) {
        try {
            return parseStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withReapedChildren);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Fields 14–17 of /proc/PID/stat, counted after the command name's closing parenthesis (it may hold spaces). */
    static long parseStat(String stat, boolean withReapedChildren) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state): utime = field 14 → f[11], stime f[12], cutime f[13], cstime f[14]
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks;
    }

    /** {busy, total} ticks of all cores since boot, from the first line of /proc/stat. */
    static long[] machineTicks() {
        try {
            return parseMachine(Files.readAllLines(Path.of("/proc/stat")).getFirst());
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    static long[] parseMachine(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long total = 0;
        long idle = 0;
        // cpu user nice system idle iowait irq softirq steal (guest times are already in user)
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            long v = Long.parseLong(f[i]);
            total += v;
            if (i == 4 || i == 5) {
                idle += v;
            }
        }
        return new long[]{total - idle, total};
    }
}
